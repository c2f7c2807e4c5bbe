package vn.atgt.thidua.common.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.util.ZipEntrySource;

/**
 * The entries of an uploaded XLSX file, for POI to open, each unpacked only as far as its allowance. The sizes a ZIP
 * declares are the sender's word, so every byte read is counted: the parts the import reads (the sheet, its shared
 * strings and styles) get an allowance of their own, every other part (relationships, content types, the workbook)
 * draws from one small shared pool, because POI reads the relationships of every part while it opens the package.
 * The first byte over an allowance ends the reading with an {@link IOException}, and {@link #exceeded()} says so.
 */
final class BoundedZip implements ZipEntrySource {

	private final ZipFile zip;
	private final long poolBytes;
	private final Map<String, Long> allowances = new HashMap<>();
	private final Map<String, Long> read = new HashMap<>();
	private long poolRead;
	private boolean exceeded;
	private boolean closed;

	/**
	 * @param content the whole file, in memory (uploads are small)
	 * @param poolBytes how much all parts without an allowance of their own may unpack together
	 */
	BoundedZip(byte[] content, long poolBytes) throws IOException {
		this.zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get();
		this.poolBytes = poolBytes;
	}

	int entryCount() {
		int count = 0;
		for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); entries.nextElement()) {
			count++;
		}
		return count;
	}

	/** Gives the entry an allowance of its own instead of the pool's; applies to streams already open too. */
	void allow(ZipArchiveEntry entry, long bytes) {
		allowances.put(entry.getName(), bytes);
	}

	/** Whether some part was found larger than its allowance while it was read. */
	boolean exceeded() {
		return exceeded;
	}

	@Override
	public Enumeration<? extends ZipArchiveEntry> getEntries() {
		return zip.getEntries();
	}

	@Override
	public ZipArchiveEntry getEntry(String name) {
		return zip.getEntry(name);
	}

	@Override
	public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
		return new Counted(zip.getInputStream(entry), entry.getName());
	}

	@Override
	public void close() throws IOException {
		closed = true;
		zip.close();
	}

	@Override
	public boolean isClosed() {
		return closed;
	}

	private void count(String name, long bytes) throws IOException {
		Long allowance = allowances.get(name);
		boolean over;
		if (allowance != null) {
			long total = read.merge(name, bytes, Long::sum);
			over = total > allowance;
		}
		else {
			poolRead += bytes;
			over = poolRead > poolBytes;
		}
		if (over) {
			exceeded = true;
			throw new IOException("The part " + name + " unpacks to more than its allowance");
		}
	}

	private final class Counted extends FilterInputStream {

		private final String name;

		Counted(InputStream in, String name) {
			super(in);
			this.name = name;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(name, 1);
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				count(name, n);
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			if (skipped > 0) {
				count(name, skipped);
			}
			return skipped;
		}
	}
}
