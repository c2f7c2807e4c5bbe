package vn.atgt.thidua.common.storage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.CurrentUsers;

/**
 * The one storage of uploaded files for every module. It checks the size and the real type (by content), keeps a
 * sanitised name, and stores the bytes where configuration says. Modules keep the returned id in their own tables and
 * authorise downloads themselves before calling {@link #content(Long)}.
 */
@Service
@Transactional(readOnly = true)
public class FileStorage {

	static final int THUMBNAIL_SIZE = 320;

	/**
	 * Photos with more pixels than this get no thumbnail (the file itself is kept): a 389 KB PNG can claim 20,000 ×
	 * 20,000 pixels, and even read a few lines at a time its decoding takes long. 50 megapixels still covers the
	 * largest photos of phone cameras (8160 × 6120).
	 */
	static final long MAX_THUMBNAIL_PIXELS = 50_000_000L;

	private static final RowMapper<StoredFile> ROW = (rs, n) -> new StoredFile(rs.getLong("id"),
			rs.getString("storage_key"), rs.getString("original_name"), rs.getString("content_type"),
			FileKind.valueOf(rs.getString("kind")), rs.getLong("size_bytes"), rs.getString("sha256"),
			rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));

	private final JdbcTemplate jdbc;
	private final ContentStore contents;
	private final StorageProperties properties;
	private final Clock clock;

	FileStorage(JdbcTemplate jdbc, StorageProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
		this.contents = properties.type() == StorageProperties.Type.FILESYSTEM
				? new FileSystemContentStore(properties.dir()) : new DatabaseContentStore(jdbc);
	}

	/**
	 * Stores an upload after checking it.
	 * @throws DomainException {@code file.empty}, {@code file.tooLarge} or {@code file.typeNotAllowed}
	 */
	@Transactional
	public StoredFile store(String originalName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new DomainException("file.empty");
		}
		if (content.length > properties.maxFileSize().toBytes()) {
			throw new DomainException("file.tooLarge", properties.maxFileSize().toMegabytes() + " MB");
		}
		FileKind kind = FileSniffer.kindOf(content).orElseThrow(() -> new DomainException("file.typeNotAllowed"));
		return save(FileNames.sanitise(originalName, kind), kind, content);
	}

	/**
	 * A small JPEG of a stored photo, stored too; empty when the file is not a photo, cannot be read, or has more than
	 * {@link #MAX_THUMBNAIL_PIXELS} pixels. The size is read from the image's header first, and the image is decoded
	 * skipping rows and columns (every n-th pixel), so that memory holds an image of at most 1,280 pixels a side
	 * whatever the photo's.
	 */
	@Transactional
	public Optional<StoredFile> storeThumbnail(StoredFile photo, byte[] content) {
		if (!photo.kind().isImage()) {
			return Optional.empty();
		}
		try {
			BufferedImage image = readReduced(content);
			if (image == null) {
				return Optional.empty();
			}
			double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(image.getWidth(), image.getHeight()));
			int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
			int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
			BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = small.createGraphics();
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(image, 0, 0, width, height, java.awt.Color.WHITE, null);
			g.dispose();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(small, "jpg", out);
			String stem = photo.name().contains(".") ? photo.name().substring(0, photo.name().lastIndexOf('.'))
					: photo.name();
			return Optional.of(save(FileNames.sanitise("thumb-" + stem, FileKind.JPEG), FileKind.JPEG,
					out.toByteArray()));
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/**
	 * The image with every n-th pixel of every n-th row, n chosen to keep it under four times the thumbnail's size a
	 * side; null when no reader knows it or it has too many pixels. Only the header is read before the pixel count is
	 * checked.
	 */
	private static BufferedImage readReduced(byte[] content) throws IOException {
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long width = reader.getWidth(0);
				long height = reader.getHeight(0);
				if (width <= 0 || height <= 0 || width * height > MAX_THUMBNAIL_PIXELS) {
					return null;
				}
				int step = (int) Math.max(1, Math.max(width, height) / (2 * THUMBNAIL_SIZE));
				ImageReadParam param = reader.getDefaultReadParam();
				param.setSourceSubsampling(step, step, 0, 0);
				return reader.read(0, param);
			}
			finally {
				reader.dispose();
			}
		}
	}

	public StoredFile describe(Long id) {
		return jdbc.query("SELECT * FROM stored_files WHERE id = ?", ROW, id).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("file", id));
	}

	/** The stored files of the given ids that exist, in one query (the names and kinds of a page of files). */
	public List<StoredFile> describeAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
		return jdbc.query("SELECT * FROM stored_files WHERE id IN (" + marks + ")", ROW, ids.toArray());
	}

	/** The bytes of a stored file. The caller has checked that the user may read it. */
	public byte[] content(Long id) {
		return contents.get(describe(id).key());
	}

	@Transactional
	public void delete(Long id) {
		StoredFile file = describe(id);
		if (properties.type() == StorageProperties.Type.DATABASE) {
			contents.remove(file.key());
		}
		jdbc.update("DELETE FROM stored_files WHERE id = ?", id);
		if (properties.type() == StorageProperties.Type.FILESYSTEM) {
			contents.remove(file.key());
		}
	}

	private StoredFile save(String name, FileKind kind, byte[] content) {
		String key = UUID.randomUUID().toString().replace("-", "");
		Instant now = clock.instant();
		String by = CurrentUsers.current().map(CurrentUser::username).orElse("system");
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.update(c -> {
			var ps = c.prepareStatement("INSERT INTO stored_files (storage_key, original_name, content_type, kind, "
					+ "size_bytes, sha256, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			ps.setString(1, key);
			ps.setString(2, name);
			ps.setString(3, kind.contentType());
			ps.setString(4, kind.name());
			ps.setLong(5, content.length);
			ps.setString(6, sha256(content));
			ps.setTimestamp(7, Timestamp.from(now));
			ps.setString(8, by);
			return ps;
		}, keys);
		contents.put(key, content);
		return describe(keys.getKey().longValue());
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
