package vn.atgt.thidua.common.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import vn.atgt.thidua.common.DomainException;

/**
 * What every import sheet passes before it is read: its size under {@code thidua.imports.max-file-size}, and one of
 * a few permits, so that several large sheets uploaded at once cannot together take the memory the other users need.
 */
@Component
public class ImportGate {

	private final ImportProperties properties;
	private final Semaphore permits;

	public ImportGate(ImportProperties properties) {
		this.properties = properties;
		this.permits = new Semaphore(Math.max(1, properties.concurrent()), true);
	}

	/** @throws DomainException {@code import.fileTooLarge} for a file over the import limit */
	public void admit(MultipartFile file) {
		if (file.getSize() > properties.maxFileSize().toBytes()) {
			throw new DomainException("import.fileTooLarge", size(properties.maxFileSize()));
		}
	}

	/**
	 * Reads a sheet while holding a permit.
	 * @throws DomainException {@code import.busy} when no permit came free within {@code thidua.imports.max-wait}
	 */
	public <T> T read(Supplier<T> reading) {
		try {
			if (!permits.tryAcquire(properties.maxWait().toMillis(), TimeUnit.MILLISECONDS)) {
				throw new DomainException("import.busy");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new DomainException("import.busy");
		}
		try {
			return reading.get();
		}
		finally {
			permits.release();
		}
	}

	/** "2 MB", or "512 KB" for a limit that is not a whole number of megabytes. */
	private static String size(DataSize size) {
		return size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0 ? size.toMegabytes() + " MB"
				: size.toKilobytes() + " KB";
	}
}
