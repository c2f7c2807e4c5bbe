package vn.atgt.thidua.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

import vn.atgt.thidua.common.DomainException;

/** The gate of import sheets: a size limit far below evidence uploads, and a few sheets read at a time. */
class ImportGateTests {

	@Test
	void aSheetOverTheImportLimitIsRefusedWithTheLimitInItsMessage() {
		ImportGate gate = new ImportGate(new ImportProperties(DataSize.ofMegabytes(2), 2, Duration.ofMillis(50)));
		gate.admit(new MockMultipartFile("file", new byte[2 * 1024 * 1024]));

		assertThatThrownBy(() -> gate.admit(new MockMultipartFile("file", new byte[2 * 1024 * 1024 + 1])))
			.isInstanceOf(DomainException.class)
			.satisfies(e -> {
				assertThat(((DomainException) e).messageKey()).isEqualTo("import.fileTooLarge");
				assertThat(((DomainException) e).arguments()).containsExactly("2 MB");
			});
		assertThatThrownBy(() -> new ImportGate(new ImportProperties(DataSize.ofKilobytes(512), 2, Duration.ZERO))
			.admit(new MockMultipartFile("file", new byte[600 * 1024])))
			.satisfies(e -> assertThat(((DomainException) e).arguments()).containsExactly("512 KB"));
	}

	@Test
	void whenEveryPermitIsHeldTheNextReadingIsToldTheServerIsBusyAndAFreedPermitServesAgain() throws Exception {
		ImportGate gate = new ImportGate(new ImportProperties(DataSize.ofMegabytes(2), 2, Duration.ofMillis(100)));
		CountDownLatch reading = new CountDownLatch(2);
		CountDownLatch done = new CountDownLatch(1);
		ExecutorService others = Executors.newFixedThreadPool(2);
		try {
			for (int i = 0; i < 2; i++) {
				others.submit(() -> gate.read(() -> {
					reading.countDown();
					try {
						return done.await(30, TimeUnit.SECONDS);
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						return false;
					}
				}));
			}
			assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

			assertThatThrownBy(() -> gate.read(() -> "third"))
				.isInstanceOf(DomainException.class)
				.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("import.busy");
		}
		finally {
			done.countDown();
			others.shutdown();
			assertThat(others.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(gate.read(() -> "third")).isEqualTo("third");
		for (int i = 0; i < 3; i++) {
			assertThatThrownBy(() -> gate.read(() -> {
				throw new IllegalStateException("a reading that fails");
			})).isInstanceOf(IllegalStateException.class);
		}
		assertThat(gate.read(() -> "a failed reading gives its permit back")).isNotNull();
	}
}
