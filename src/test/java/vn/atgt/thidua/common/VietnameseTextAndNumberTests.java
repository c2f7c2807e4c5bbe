package vn.atgt.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.format.VietnameseDateFormatter;
import vn.atgt.thidua.common.format.VietnameseNumbers;
import vn.atgt.thidua.common.text.SearchText;

class VietnameseTextAndNumberTests {

	@Test
	void searchKeyDropsDiacriticsAndCase() {
		assertThat(SearchText.key("UBND xã Bản Bo")).isEqualTo("ubnd xa ban bo");
		assertThat(SearchText.key("Đội CSGT  Thèn Sin")).isEqualTo("doi csgt then sin");
		assertThat(SearchText.key("ban bo")).isEqualTo("ban bo");
		assertThat(SearchText.likePattern("Bản  Bo")).isEqualTo("%ban bo%");
		assertThat(SearchText.likePattern("  ")).isNull();
		assertThat(SearchText.likePattern("50%_off")).isEqualTo("%50off%");
	}

	@Test
	void numbersAreReadTheVietnameseWay() {
		assertThat(VietnameseNumbers.parse("1.234")).contains(new BigDecimal("1234"));
		assertThat(VietnameseNumbers.parse("1.234.567")).contains(new BigDecimal("1234567"));
		assertThat(VietnameseNumbers.parse("1.234,5")).contains(new BigDecimal("1234.5"));
		assertThat(VietnameseNumbers.parse("12,5")).contains(new BigDecimal("12.5"));
		assertThat(VietnameseNumbers.parse("12.5")).contains(new BigDecimal("12.5"));
		assertThat(VietnameseNumbers.parse(" 420 ")).contains(new BigDecimal("420"));
		assertThat(VietnameseNumbers.parse("")).isEmpty();
		assertThatThrownBy(() -> VietnameseNumbers.parse("mười")).isInstanceOf(NumberFormatException.class);
		assertThatThrownBy(() -> VietnameseNumbers.parse("1,2,3")).isInstanceOf(NumberFormatException.class);
	}

	@Test
	void numbersAreWrittenTheVietnameseWay() {
		assertThat(VietnameseNumbers.format(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
		assertThat(VietnameseNumbers.format(4000)).isEqualTo("4.000");
		assertThat(VietnameseNumbers.format(-1234567L)).isEqualTo("-1.234.567");
		assertThat(VietnameseNumbers.format(123456)).isEqualTo("123.456");
		assertThat(VietnameseNumbers.format(-12)).isEqualTo("-12");
		assertThat(VietnameseNumbers.format(0)).isEqualTo("0");
		assertThat(VietnameseNumbers.format(new BigDecimal("1234.567"), 1)).isEqualTo("1.234,6");
		assertThat(new Formats().percent(new BigDecimal("10.5"))).isEqualTo("10,5 %");
		// whole numbers are grouped without a decimal format: the same text as one writes for the same BigDecimal
		for (long n : new long[] { 0, 7, -7, 999, 1000, -1000, 12_345, 123_456, -1_234_567, 1_000_000_000_000L,
				Long.MAX_VALUE, Long.MIN_VALUE }) {
			assertThat(VietnameseNumbers.format(n)).isEqualTo(VietnameseNumbers.format(BigDecimal.valueOf(n)));
		}
		assertThat(VietnameseNumbers.format(-1_234_567)).isEqualTo("-1.234.567");
		assertThat(VietnameseNumbers.format(Integer.MIN_VALUE)).isEqualTo("-2.147.483.648");
	}

	@Test
	void datesAreTypedAndShownDayFirst() throws ParseException {
		VietnameseDateFormatter formatter = new VietnameseDateFormatter();
		assertThat(formatter.parse("21/06/2024", Locale.ROOT)).isEqualTo(LocalDate.of(2024, 6, 21));
		assertThat(formatter.parse("5/7/2024", Locale.ROOT)).isEqualTo(LocalDate.of(2024, 7, 5));
		assertThat(formatter.parse("2024-12-31", Locale.ROOT)).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(formatter.print(LocalDate.of(2024, 1, 2), Locale.ROOT)).isEqualTo("02/01/2024");
		assertThatThrownBy(() -> formatter.parse("31/02/2024", Locale.ROOT)).isInstanceOf(ParseException.class);
		assertThatThrownBy(() -> formatter.parse("hôm qua", Locale.ROOT)).isInstanceOf(ParseException.class);
	}
}
