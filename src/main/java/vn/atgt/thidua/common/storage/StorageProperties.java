package vn.atgt.thidua.common.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code thidua.storage.*}: where uploaded files' bytes live ({@code database}, the default, so that one database
 * backup holds everything and several nodes share the files; or {@code filesystem} under {@code dir}) and the largest
 * file accepted.
 */
@ConfigurationProperties("thidua.storage")
public record StorageProperties(Type type, Path dir, DataSize maxFileSize) {

	public enum Type {
		DATABASE, FILESYSTEM
	}
}
