package vn.atgt.thidua.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Date;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The bundles' message source keeps the number format of a message's plain arguments: what it writes must be what
 * {@link MessageFormat} writes, for numbers, texts, dates, null, a missing argument, and beside a number pattern and a
 * choice.
 */
class BundleMessageSourceTests {

	private static final Locale VI = Locale.forLanguageTag("vi-VN");

	@Test
	void messagesReadAsMessageFormatWritesThem() {
		BundleMessageSource source = new BundleMessageSource();
		String[] patterns = { "Quá hạn {0} ngày ({1})", "{0} / {1} / {2} / {3} / {4}", "{0,number,#} và {1}",
				"{0,choice,0#Không có|1#1 báo cáo|1<{0} báo cáo} · {1}", "'{0}' là {0}, thiếu {5}" };
		Object[][] arguments = { { 1234567, "Tháng 8/2024" }, { new BigDecimal("1234.5678"), -42L, null, "x", 3.25 },
				{ 1234, 98765 }, { 2, 12345 }, { 7 } };
		for (Locale locale : new Locale[] { VI, Locale.ENGLISH }) {
			for (int i = 0; i < patterns.length; i++) {
				MessageFormat kept = source.createMessageFormat(patterns[i], locale);
				String expected = new MessageFormat(patterns[i], locale).format(arguments[i]);
				assertThat(kept.format(arguments[i])).isEqualTo(expected);
				// the kept number format writes the next message alike
				assertThat(kept.format(arguments[i])).isEqualTo(expected);
			}
			Date date = new Date(1_720_000_000_000L);
			assertThat(source.createMessageFormat("{0}", locale).format(new Object[] { date }))
				.isEqualTo(new MessageFormat("{0}", locale).format(new Object[] { date }));
		}
		assertThat(source.createMessageFormat("{0} ngày", VI).format(new Object[] { 1234 })).isEqualTo("1.234 ngày");
	}
}
