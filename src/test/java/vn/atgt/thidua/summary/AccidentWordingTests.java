package vn.atgt.thidua.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.accident.Change;

/** The accident sentence worded as the issue and Ban ATGT reports word it. */
class AccidentWordingTests {

	@Test
	void theThreeCriteriaAreWordedAsTheReportsWordThem() {
		assertThat(AccidentWording.comparison(new Change(8, 9), new Change(3, 5), new Change(18, 10), 2023))
			.isEqualTo("giảm 1 vụ (-11,1%), giảm 2 người chết và tăng 8 người bị thương so với cùng kỳ năm 2023");
	}

	@Test
	void unchangedCriteriaAndRisesFromZeroHaveTheirOwnWords() {
		assertThat(AccidentWording.comparison(new Change(2, 0), new Change(1, 1), new Change(0, 3), 2023))
			.isEqualTo("tăng 2 vụ, số người chết bằng cùng kỳ và giảm 3 người bị thương so với cùng kỳ năm 2023");
		assertThat(AccidentWording.comparison(new Change(5, 4), null, new Change(0, 3), 2023)).isNull();
		assertThat(AccidentWording.signed(new Change(8, 9))).isEqualTo("-1");
		assertThat(AccidentWording.signed(new Change(18, 10))).isEqualTo("+8");
	}
}
