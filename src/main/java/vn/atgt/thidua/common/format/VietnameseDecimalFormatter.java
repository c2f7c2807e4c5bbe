package vn.atgt.thidua.common.format;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

import org.springframework.format.Formatter;

/**
 * Form binding of decimals written the Vietnamese way ("1.234,5"); see {@link VietnameseNumbers}. Whole-number
 * fields (years, counts) keep the plain binding, so that a year never prints as "2.024".
 */
public class VietnameseDecimalFormatter implements Formatter<BigDecimal> {

	@Override
	public BigDecimal parse(String text, Locale locale) throws ParseException {
		try {
			return VietnameseNumbers.parse(text).orElse(null);
		}
		catch (NumberFormatException e) {
			throw new ParseException(text, 0);
		}
	}

	@Override
	public String print(BigDecimal value, Locale locale) {
		return VietnameseNumbers.format(value, 4);
	}
}
