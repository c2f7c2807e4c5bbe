package vn.atgt.thidua.common.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.xlsx.Sheets;
import vn.atgt.thidua.support.Measured;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

@ThiDuaIntegrationTest
class FileStorageTests {

	@Autowired
	FileStorage storage;

	@Autowired
	JdbcTemplate jdbc;

	static byte[] png(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	/**
	 * A black 8-bit grayscale PNG written row by row, so that a picture of any size costs the test little: 20,000 ×
	 * 20,000 pixels pack into about 400 KB (issue 11: a 389 KB PNG decoded to 400 MB).
	 */
	static byte[] grayPng(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
			.put((byte) 0).put((byte) 0).put((byte) 0).array());
		ByteArrayOutputStream pixels = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflated = new DeflaterOutputStream(pixels, new Deflater(Deflater.BEST_SPEED))) {
			byte[] row = new byte[width + 1];
			for (int y = 0; y < height; y++) {
				deflated.write(row);
			}
		}
		chunk(out, "IDAT", pixels.toByteArray());
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
		CRC32 crc = new CRC32();
		crc.update(type.getBytes(StandardCharsets.US_ASCII));
		crc.update(data);
		out.write(ByteBuffer.allocate(4).putInt(data.length).array());
		out.write(type.getBytes(StandardCharsets.US_ASCII));
		out.write(data);
		out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	@Test
	void filesAreRecognisedByContentNotByName() throws IOException {
		assertThat(FileSniffer.kindOf(png(4, 4))).contains(FileKind.PNG);
		assertThat(FileSniffer.kindOf("%PDF-1.7\n".getBytes())).contains(FileKind.PDF);
		assertThat(FileSniffer.kindOf(Sheets.write("S", java.util.List.of("A"), java.util.List.of()))).contains(FileKind.XLSX);
		assertThat(FileSniffer.kindOf(new byte[] { 'M', 'Z', (byte) 0x90, 0 })).isEmpty();
		assertThat(FileSniffer.kindOf(new byte[] { 'P', 'K', 3, 4, 1, 2 })).isEmpty();
		assertThatThrownBy(() -> storage.store("anh-hien-truong.jpg", new byte[] { 'M', 'Z', (byte) 0x90, 0, 3 }))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("file.typeNotAllowed");
	}

	@Test
	void namesAreSanitisedAndTakeTheRealExtension() {
		assertThat(FileNames.sanitise("../../x", FileKind.PDF)).isEqualTo("x.pdf");
		assertThat(FileNames.sanitise("C:\\Users\\a\\Biên bản kiểm tra.exe", FileKind.PDF)).isEqualTo("Biên bản kiểm tra.pdf");
		assertThat(FileNames.sanitise("..", FileKind.JPEG)).isEqualTo("tep.jpg");
		assertThat(FileNames.sanitise("a\u0000b<c>.png", FileKind.PNG)).isEqualTo("abc.png");
		assertThat(FileNames.sanitise("x".repeat(500) + ".jpg", FileKind.JPEG)).hasSize(FileNames.MAX_LENGTH);
	}

	@Test
	void storedFileIsReadBackWithItsThumbnail() throws IOException {
		byte[] photo = png(1200, 800);
		StoredFile stored = storage.store("../../ảnh chốt kiểm tra.png", photo);
		assertThat(stored.name()).isEqualTo("ảnh chốt kiểm tra.png");
		assertThat(stored.kind()).isEqualTo(FileKind.PNG);
		assertThat(storage.content(stored.id())).isEqualTo(photo);
		StoredFile thumbnail = storage.storeThumbnail(stored, photo).orElseThrow();
		BufferedImage small = ImageIO.read(new java.io.ByteArrayInputStream(storage.content(thumbnail.id())));
		assertThat(small.getWidth()).isEqualTo(FileStorage.THUMBNAIL_SIZE);
	}

	@Test
	void aPhotoOfTooManyPixelsIsKeptWithoutAThumbnailAndIsNeverDecoded() throws Exception {
		byte[] huge = grayPng(20_000, 20_000);
		StoredFile stored = storage.store("anh-20000x20000.png", huge);

		Measured<Optional<StoredFile>> thumbnail = Measured.of("thumbnail of a " + huge.length / 1024
				+ " KB PNG of 20,000 × 20,000 pixels", () -> storage.storeThumbnail(stored, huge));

		assertThat(thumbnail.result()).isEmpty();
		assertThat(storage.content(stored.id())).isEqualTo(huge);
		// decoding it whole would take 400 MB and seconds
		assertThat(thumbnail.allocatedMb()).isLessThan(100);
		assertThat(thumbnail.millis()).isLessThan(10_000);
	}

	@Test
	void aLargePhotoUnderTheCapIsThumbnailedFromEveryNthPixel() throws Exception {
		byte[] photo = grayPng(8_000, 6_000);
		StoredFile stored = storage.store("anh-48mp.png", photo);

		Measured<Optional<StoredFile>> thumbnail = Measured.of("thumbnail of a " + photo.length / 1024
				+ " KB PNG of 8,000 × 6,000 pixels", () -> storage.storeThumbnail(stored, photo));

		BufferedImage small = ImageIO.read(new java.io.ByteArrayInputStream(
				storage.content(thumbnail.result().orElseThrow().id())));
		assertThat(small.getWidth()).isEqualTo(FileStorage.THUMBNAIL_SIZE);
		assertThat(small.getHeight()).isEqualTo(240);
		// the whole image would be 48 MB in memory
		assertThat(thumbnail.allocatedMb()).isLessThan(40);
	}

	@Test
	void tooLargeAndEmptyFilesAreRefused() {
		byte[] big = new byte[(int) DataSize.ofMegabytes(10).toBytes() + 1];
		big[0] = '%';
		assertThatThrownBy(() -> storage.store("lon.pdf", big)).extracting(e -> ((DomainException) e).messageKey())
			.isEqualTo("file.tooLarge");
		assertThatThrownBy(() -> storage.store("rong.pdf", new byte[0]))
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("file.empty");
	}

	@Test
	void fileSystemStoreKeepsBytesUnderTheKeyOnly() throws IOException {
		Path dir = Files.createTempDirectory("thidua-files");
		FileStorage onDisk = new FileStorage(jdbc, new StorageProperties(StorageProperties.Type.FILESYSTEM, dir,
				DataSize.ofMegabytes(10)), Clock.systemUTC());
		byte[] pdf = "%PDF-1.4 mẫu".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		StoredFile stored = onDisk.store("../../etc/passwd", pdf);
		assertThat(onDisk.content(stored.id())).isEqualTo(pdf);
		try (var files = Files.walk(dir)) {
			assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
				.containsExactly(stored.key());
		}
		onDisk.delete(stored.id());
		try (var files = Files.walk(dir)) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
	}
}
