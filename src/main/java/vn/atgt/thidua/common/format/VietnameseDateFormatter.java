package vn.atgt.thidua.common.format;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.springframework.format.Formatter;

/**
 * Binds form dates as offices write them (dd/MM/yyyy, also d/M/yyyy) and accepts ISO yyyy-MM-dd from date pickers.
 * A date that does not parse becomes a field error (typeMismatch), never a 500.
 */
public class VietnameseDateFormatter implements Formatter<LocalDate> {

	private static final DateTimeFormatter LENIENT_DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	@Override
	public LocalDate parse(String text, Locale locale) throws ParseException {
		String s = text.strip();
		try {
			if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return LocalDate.parse(s);
			}
			return LocalDate.parse(s.replace('-', '/').replace('.', '/'), LENIENT_DAY_FIRST);
		}
		catch (DateTimeParseException e) {
			throw new ParseException(text, 0);
		}
	}

	@Override
	public String print(LocalDate date, Locale locale) {
		return Formats.DATE.format(date);
	}
}
