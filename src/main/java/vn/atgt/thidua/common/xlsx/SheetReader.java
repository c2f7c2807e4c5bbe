package vn.atgt.thidua.common.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import vn.atgt.thidua.common.DomainException;

/**
 * Reads the first sheet of an import file with POI's event model: the sheet's XML is parsed as a stream and only the
 * rows kept, never a whole workbook in memory (a 9 MB upload of 250,000 rows once unpacked to 78 MB and took the
 * server down). Before anything is parsed, the sizes the file declares for its sheet, shared strings and styles are
 * checked; while parsing, the bytes really unpacked are counted ({@link BoundedZip}) and the rows too.
 */
final class SheetReader {

	private static final long MB = 1024 * 1024;

	/**
	 * How much of a file is read at most.
	 * @param fileBytes the file as uploaded
	 * @param sheetBytes the first sheet's XML, unpacked (a full sheet of 20,000 rows of the widest import is ~10 MB)
	 * @param sharedStringsBytes the workbook's table of texts, unpacked; it is held in memory while the sheet is read
	 * @param stylesBytes the styles, unpacked, read into memory for the cells' number formats
	 * @param otherPartsBytes all the other parts POI reads, together (content types, relationships, the workbook)
	 * @param entries entries in the ZIP
	 */
	record Limits(long fileBytes, long sheetBytes, long sharedStringsBytes, long stylesBytes, long otherPartsBytes,
			int entries) {

		static final Limits DEFAULT = new Limits(16 * MB, 32 * MB, 8 * MB, 4 * MB, 4 * MB, 1_000);
	}

	private SheetReader() {
	}

	static List<SheetRow> read(InputStream in, List<String> headers, List<ImportProblem> problems, Limits limits) {
		byte[] content;
		try {
			content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.fileBytes() + 1));
		}
		catch (IOException e) {
			throw new DomainException("import.notXlsx");
		}
		if (content.length > limits.fileBytes()) {
			throw tooLarge();
		}
		BoundedZip zip = null;
		try {
			zip = new BoundedZip(content, limits.otherPartsBytes());
			if (zip.entryCount() > limits.entries()) {
				throw tooLarge();
			}
			OPCPackage pkg = OPCPackage.open(zip);
			try {
				return readFirstSheet(pkg, zip, headers, problems, limits);
			}
			finally {
				pkg.revert();
			}
		}
		catch (DomainException e) {
			throw e;
		}
		catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
			if (zip != null && zip.exceeded()) {
				throw tooLarge();
			}
			throw new DomainException("import.notXlsx");
		}
		finally {
			if (zip != null) {
				try {
					zip.close();
				}
				catch (IOException ignored) {
					// nothing was written; the bytes were in memory
				}
			}
		}
	}

	private static List<SheetRow> readFirstSheet(OPCPackage pkg, BoundedZip zip, List<String> headers,
			List<ImportProblem> problems, Limits limits)
			throws IOException, SAXException, OpenXML4JException, ParserConfigurationException {
		XSSFReader reader = new XSSFReader(pkg);
		XSSFReader.SheetIterator sheets = reader.getSheetIterator();
		if (!sheets.hasNext()) {
			throw new DomainException("import.notXlsx");
		}
		try (InputStream sheet = sheets.next()) {
			admit(zip, sheets.getSheetPart(), limits.sheetBytes());
			admit(zip, firstPart(pkg, XSSFRelation.SHARED_STRINGS), limits.sharedStringsBytes());
			admit(zip, firstPart(pkg, XSSFRelation.STYLES), limits.stylesBytes());
			SheetHandler handler = new SheetHandler(headers, reader.getStylesTable(),
					new ReadOnlySharedStringsTable(pkg, false));
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(handler);
			try {
				parser.parse(new InputSource(sheet));
			}
			catch (SAXException e) {
				if (handler.stop() == null) {
					throw e;
				}
			}
			return handler.result(problems);
		}
	}

	/** The part the readers of POI take for this relation (the first of its content type). */
	private static PackagePart firstPart(OPCPackage pkg, XSSFRelation relation) {
		List<PackagePart> parts = pkg.getPartsByContentType(relation.getContentType());
		return parts.isEmpty() ? null : parts.get(0);
	}

	/**
	 * Refuses a part whose declared size is over its allowance, before it is parsed, and gives it that allowance
	 * (the declared size may lie; the bytes read are counted too).
	 */
	private static void admit(BoundedZip zip, PackagePart part, long bytes) {
		if (part instanceof ZipPackagePart zipPart) {
			if (zipPart.getSize() > bytes) {
				throw tooLarge();
			}
			zip.allow(zipPart.getZipArchive(), bytes);
		}
	}

	private static DomainException tooLarge() {
		return new DomainException("import.tooLarge", Sheets.MAX_ROWS);
	}
}
