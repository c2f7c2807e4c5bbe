package vn.atgt.thidua.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A new migration is numbered above every released one: an installation that already ran V120 would refuse to start
 * on a build that brings a new V91 (Flyway finds a resolved migration older than the applied ones and fails its
 * validation). The released versions are listed in {@code migrations/landed.txt}.
 */
class MigrationOrderTests {

	@Test
	void everyMigrationIsReleasedOrNumberedAboveTheReleasedOnes() throws IOException {
		List<MigrationVersion> landed = landed();
		MigrationVersion highest = landed.stream().max(MigrationVersion::compareTo).orElseThrow();
		Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/V*.sql");
		assertThat(scripts).isNotEmpty();
		List<String> misplaced = Stream.of(scripts)
			.map(Resource::getFilename)
			.filter(name -> {
				MigrationVersion version = MigrationVersion.fromVersion(name.substring(1, name.indexOf("__")));
				return !landed.contains(version) && version.compareTo(highest) <= 0;
			})
			.toList();
		assertThat(misplaced).as("new migrations numbered below the released V%s", highest).isEmpty();
	}

	private static List<MigrationVersion> landed() throws IOException {
		try (InputStream in = MigrationOrderTests.class.getResourceAsStream("/migrations/landed.txt")) {
			return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> MigrationVersion.fromVersion(line.substring(1)))
				.toList();
		}
	}
}
