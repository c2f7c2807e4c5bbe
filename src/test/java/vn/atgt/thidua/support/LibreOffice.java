package vn.atgt.thidua.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Opens generated documents the way an office would: converts a DOCX to PDF with LibreOffice
 * ({@code soffice --headless --convert-to pdf}) and reads the PDF's text back with {@code pdftotext -layout}. Each
 * conversion runs with a private LibreOffice profile ({@code -env:UserInstallation=file:///tmp/lo-…}), so that
 * conversions in parallel test JVMs never share one, and is stopped after 60 seconds. Needs {@code soffice}
 * (Debian: {@code libreoffice-writer-nogui}) and {@code pdftotext} ({@code poppler-utils}); {@code .ci/run} installs
 * both.
 *
 * <pre>{@code
 * String text = LibreOffice.text(docxBytes, tempDir);   // the PDF's text, page by page, layout kept
 * }</pre>
 */
public final class LibreOffice {

	public static final Duration TIMEOUT = Duration.ofSeconds(60);

	private LibreOffice() {
	}

	/** The text of the document as LibreOffice lays it out: DOCX → PDF → {@code pdftotext -layout}, in NFC. */
	public static String text(byte[] docx, Path workDir) {
		try {
			Path file = Files.createTempFile(workDir, "document-", ".docx");
			Files.write(file, docx);
			return pdfText(toPdf(file, workDir));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Converts a DOCX (or any file LibreOffice opens) to PDF in {@code outDir}.
	 * @return the PDF file
	 * @throws IllegalStateException when LibreOffice is missing, fails, times out or writes no PDF
	 */
	public static Path toPdf(Path document, Path outDir) {
		return convert(document, outDir, "pdf", "pdf");
	}

	/**
	 * The first sheet of a spreadsheet as LibreOffice Calc reads it, as CSV text (UTF-8, comma-separated, quoted):
	 * proof that an exported XLSX opens, and what its cells say. Needs {@code libreoffice-calc-nogui}.
	 */
	public static String sheetText(byte[] xlsx, Path workDir) {
		try {
			Path file = Files.createTempFile(workDir, "sheet-", ".xlsx");
			Files.write(file, xlsx);
			Path csv = convert(file, workDir, "csv:Text - txt - csv (StarCalc):44,34,76,1", "csv");
			return Normalizer.normalize(Files.readString(csv, StandardCharsets.UTF_8), Normalizer.Form.NFC);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Every sheet of a spreadsheet as LibreOffice Calc reads it, by sheet name, as CSV (UTF-8, comma-separated): text
	 * cells quoted, numbers unquoted and unformatted ("1234.5", a percentage as its fraction), so that a test sees
	 * which cells are numbers.
	 */
	public static java.util.Map<String, String> sheetTexts(byte[] xlsx, Path workDir) {
		Path profile = null;
		try {
			Path dir = Files.createTempDirectory(workDir, "sheets-");
			Path file = dir.resolve("book.xlsx");
			Files.write(file, xlsx);
			profile = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "lo-");
			String output = run(List.of(command("soffice"), "-env:UserInstallation=" + profile.toUri(), "--headless",
					"--norestore", "--nolockcheck", "--convert-to",
					"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false,-1", "--outdir",
					dir.toString(), file.toString()));
			java.util.Map<String, String> sheets = new java.util.TreeMap<>();
			try (Stream<Path> files = Files.list(dir)) {
				for (Path csv : files.filter(f -> f.getFileName().toString().startsWith("book-")).toList()) {
					String name = csv.getFileName().toString();
					sheets.put(Normalizer.normalize(name.substring(5, name.length() - 4), Normalizer.Form.NFC),
							Normalizer.normalize(Files.readString(csv, StandardCharsets.UTF_8), Normalizer.Form.NFC));
				}
			}
			if (sheets.isEmpty()) {
				throw new IllegalStateException("LibreOffice wrote no CSV for " + file + ":\n" + output);
			}
			return sheets;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			deleteQuietly(profile);
		}
	}

	/** The rows of a CSV text of {@link #sheetTexts}: quoted cells as their text, unquoted ones as they are. */
	public static List<List<String>> csvRows(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else if (c != '\r') {
				cell.append(c);
			}
		}
		if (cell.length() > 0 || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}

	private static Path convert(Path document, Path outDir, String filter, String extension) {
		Path profile = null;
		try {
			profile = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "lo-");
			String output = run(List.of(command("soffice"), "-env:UserInstallation=" + profile.toUri(), "--headless",
					"--norestore", "--nolockcheck", "--convert-to", filter, "--outdir", outDir.toString(),
					document.toString()));
			String name = document.getFileName().toString();
			Path converted = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
			if (!Files.isRegularFile(converted) || Files.size(converted) == 0) {
				throw new IllegalStateException("LibreOffice wrote no " + extension + " for " + document + ":\n"
						+ output);
			}
			return converted;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			deleteQuietly(profile);
		}
	}

	/** The PDF's text with its layout ({@code pdftotext -layout -enc UTF-8}), normalised to NFC. */
	public static String pdfText(Path pdf) {
		return Normalizer.normalize(run(List.of(command("pdftotext"), "-layout", "-enc", "UTF-8", pdf.toString(), "-")),
				Normalizer.Form.NFC);
	}

	/** The pages of the text ({@code pdftotext} ends every page with a form feed). */
	public static List<String> pages(String pdfText) {
		List<String> pages = new ArrayList<>(List.of(pdfText.split("\f", -1)));
		while (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) {
			pages.remove(pages.size() - 1);
		}
		return pages;
	}

	/**
	 * The text without any white space, for finding a sentence that the layout wrapped over several lines or spread out
	 * in a justified line ({@code squeezed(text).contains(squeezed(sentence))}); letters and marks stay as they are.
	 */
	public static String squeezed(String text) {
		return text.replaceAll("\\s+", "");
	}

	private static String command(String name) {
		for (String dir : List.of("/usr/bin", "/usr/local/bin", "/opt/libreoffice/program")) {
			if (Files.isExecutable(Path.of(dir, name))) {
				return Path.of(dir, name).toString();
			}
		}
		throw new IllegalStateException(name + " is not installed; document tests need LibreOffice and poppler-utils "
				+ "(apt-get install libreoffice-writer-nogui poppler-utils; .ci/run does it)");
	}

	private static String run(List<String> command) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("LC_ALL", "C.UTF-8");
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot start " + command.get(0), e);
		}
		List<String> lines = Collections.synchronizedList(new ArrayList<>());
		Thread reader = new Thread(() -> {
			try (BufferedReader output = process.inputReader(StandardCharsets.UTF_8)) {
				output.lines().forEach(lines::add);
			}
			catch (IOException | UncheckedIOException e) {
				// the process was stopped; what was read is enough to explain it
			}
		}, "output of " + command.get(0));
		reader.setDaemon(true);
		reader.start();
		try {
			if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				throw new IllegalStateException(command.get(0) + " did not finish within " + TIMEOUT.toSeconds() + " s");
			}
			reader.join(TimeUnit.SECONDS.toMillis(5));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IllegalStateException("interrupted while running " + command.get(0), e);
		}
		String output;
		synchronized (lines) {
			output = String.join("\n", lines);
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException(command + " failed with " + process.exitValue() + ":\n" + output);
		}
		return output;
	}

	private static void deleteQuietly(Path dir) {
		if (dir == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException e) {
			// a profile left in the temporary directory does no harm
		}
	}
}
