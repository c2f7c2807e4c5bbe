package vn.atgt.thidua.common.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Bytes in files under a directory outside the web root, named by their random key only (never by the user's file
 * name), two levels of sub-directories to keep directories small.
 */
class FileSystemContentStore implements ContentStore {

	private final Path root;

	FileSystemContentStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public void put(String key, byte[] content) {
		Path target = path(key);
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), key, ".part");
			Files.write(temporary, content);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public byte[] get(String key) {
		try {
			return Files.readAllBytes(path(key));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void remove(String key) {
		try {
			Files.deleteIfExists(path(key));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Path path(String key) {
		if (!key.matches("[0-9a-f]{32}")) {
			throw new IllegalArgumentException("bad storage key");
		}
		return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
	}
}
