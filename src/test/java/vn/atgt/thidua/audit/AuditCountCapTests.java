package vn.atgt.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * The audit list counts at most {@link AuditService#COUNT_CAP} entries past the page shown: a total that reached that
 * limit is only a lower bound, and the page says "more than" instead of a number of pages.
 */
class AuditCountCapTests {

	@Test
	void aTotalIsCappedWhenTheCountReachedItsLimitPastThePage() {
		assertThat(AuditService.isCapped(page(0, 50 + AuditService.COUNT_CAP))).isTrue();
		assertThat(AuditService.isCapped(page(0, 50 + AuditService.COUNT_CAP - 1))).isFalse();
		assertThat(AuditService.isCapped(page(3, 4 * 50 + AuditService.COUNT_CAP))).isTrue();
		assertThat(AuditService.isCapped(page(3, 4 * 50 + 12))).isFalse();
	}

	private static PageImpl<AuditEntryRow> page(int number, long total) {
		List<AuditEntryRow> rows = Collections.nCopies(50, null);
		return new PageImpl<>(rows, PageRequest.of(number, 50), total);
	}
}
