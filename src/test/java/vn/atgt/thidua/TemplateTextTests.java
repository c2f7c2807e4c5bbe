package vn.atgt.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * Text is product text and lives in the locale files (STYLE.md "Templates"): no literal words in templates, every
 * key a template or Java class names exists in Vietnamese and English, and the two locales have the same keys.
 */
class TemplateTextTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");
	static final Path BUNDLES = Path.of("src/main/resources/i18n");
	static final Path JAVA = Path.of("src/main/java");
	static final Pattern LETTER = Pattern.compile("\\p{L}");
	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)");
	static final Pattern JAVA_KEY = Pattern.compile(
			"(?:Flash\\.(?:success|warning|danger|info)\\(\\s*\\w+,\\s*|FieldException\\(\\s*\"[^\"]+\",\\s*"
					+ "|(?:Domain|Field)Exception\\(\\s*|message\\s*=\\s*\"\\{)\"?([a-z]\\w*(?:\\.\\w+)+)[\"}]");
	static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label");
	static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove", "th:errors");

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document doc = Jsoup.parse(Files.readString(template));
			for (Element element : doc.getAllElements()) {
				if (replacedOrUntranslated(element) || Set.of("script", "style").contains(element.tagName())) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (LETTER.matcher(text.text()).find()) {
						problems.add(template + ": <" + element.tagName() + "> \"" + text.text().strip() + "\"");
					}
				}
				for (String attribute : TEXT_ATTRIBUTES) {
					if (element.hasAttr(attribute) && !element.hasAttr("th:" + attribute)
							&& LETTER.matcher(element.attr(attribute)).find()) {
						problems.add(template + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
					}
				}
			}
		}
		assertThat(problems).as("literal text in templates; use th:text=\"#{key}\"").isEmpty();
	}

	@Test
	void localesHaveTheSameKeys() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path vi : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
				Path en = vi.resolveSibling(vi.getFileName().toString().replace(".properties", "_en.properties"));
				assertThat(en).as("English bundle beside " + vi).exists();
				assertThat(load(en).keySet()).as("keys of " + en + " against " + vi).isEqualTo(load(vi).keySet());
			}
		}
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Map<String, String> owner = new TreeMap<>();
		List<String> clashes = new ArrayList<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path vi : files.filter(p -> !p.getFileName().toString().contains("_")).sorted().toList()) {
				for (Object key : load(vi).keySet()) {
					String previous = owner.put((String) key, vi.getFileName().toString());
					if (previous != null) {
						clashes.add(key + " in " + previous + " and " + vi.getFileName());
					}
				}
			}
		}
		assertThat(clashes).isEmpty();
	}

	@Test
	void everyKeyUsedInTemplatesAndJavaExists() throws IOException {
		Set<String> vi = allKeys("");
		Set<String> en = allKeys("_en");
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			collect(TEMPLATE_KEY, Files.readString(template), template, vi, en, missing);
		}
		try (Stream<Path> sources = Files.walk(JAVA)) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				collect(JAVA_KEY, Files.readString(source), source, vi, en, missing);
			}
		}
		assertThat(missing).as("message keys missing from a locale file").isEmpty();
	}

	@Test
	void everyLabelledEnumConstantHasALabel() throws Exception {
		Set<String> vi = allKeys("");
		Set<String> en = allKeys("_en");
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Labelled.class));
		Set<String> missing = new TreeSet<>();
		for (var candidate : scanner.findCandidateComponents("vn.atgt.thidua")) {
			Class<?> type = Class.forName(candidate.getBeanClassName());
			if (type.isEnum()) {
				for (Object constant : type.getEnumConstants()) {
					String key = ((Labelled) constant).messageKey();
					if (!vi.contains(key) || !en.contains(key)) {
						missing.add(type.getSimpleName() + ": " + key);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static void collect(Pattern pattern, String text, Path file, Set<String> vi, Set<String> en,
			Set<String> missing) {
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			String key = m.group(1);
			if (!vi.contains(key) || !en.contains(key)) {
				missing.add(file.getFileName() + ": " + key);
			}
		}
	}

	private static boolean replacedOrUntranslated(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if ("no".equals(e.attr("translate"))) {
				return true;
			}
			// a page hands its fragments to the layout with <html th:replace>: that does not replace them
			if (!"html".equals(e.tagName()) && REPLACING.stream().anyMatch(e::hasAttr)) {
				return true;
			}
		}
		return false;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Set<String> allKeys(String suffix) throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				boolean english = name.endsWith("_en.properties");
				if (suffix.isEmpty() ? !name.contains("_") : english) {
					load(file).keySet().forEach(k -> keys.add((String) k));
				}
			}
		}
		return keys;
	}

	private static Properties load(Path file) {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}
}
