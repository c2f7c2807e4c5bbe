package vn.atgt.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** docs/architecture.md lists every module with exactly the dependencies its package-info.java allows. */
class ArchitectureDocTests {

	private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)` \\|[^|]*\\| ([^|]*) \\|$", Pattern.MULTILINE);

	@Test
	void theModuleTableMatchesTheAllowedDependencies() throws IOException {
		String doc = Files.readString(Path.of("docs/architecture.md"));
		String table = doc.substring(doc.indexOf("<!-- modules:start -->"), doc.indexOf("<!-- modules:end -->"));
		Map<String, String> documented = new TreeMap<>();
		Matcher row = ROW.matcher(table);
		while (row.find()) {
			String uses = row.group(2).strip();
			documented.put(row.group(1), uses.equals("—") ? "" : sorted(uses.split(",\\s*")));
		}

		Map<String, String> declared = new TreeMap<>();
		for (ApplicationModule module : ApplicationModules.of(ThiDuaApplication.class)) {
			String name = module.getIdentifier().toString();
			declared.put(name, name.equals("common") ? "" : sorted(allowed(name)));
		}
		assertThat(documented).isEqualTo(declared);
	}

	private static String[] allowed(String module) {
		try {
			Class<?> info = Class.forName("vn.atgt.thidua." + module + ".package-info");
			org.springframework.modulith.ApplicationModule annotation = info
				.getAnnotation(org.springframework.modulith.ApplicationModule.class);
			return annotation == null ? new String[0] : annotation.allowedDependencies();
		}
		catch (ClassNotFoundException e) {
			return new String[0];
		}
	}

	private static String sorted(String... names) {
		return Arrays.stream(names).map(String::strip).filter(n -> !n.isEmpty())
			.collect(Collectors.toCollection(TreeSet::new)).toString();
	}
}
