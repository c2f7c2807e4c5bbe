package vn.atgt.thidua.common.format;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese readers write them: "1.234,5" (dot groups thousands, comma marks decimals). Parsing also
 * accepts a plain "1234.5" as typed on an English keyboard, but a dot followed by exactly three digits groups thousands
 * ("1.234" is one thousand two hundred thirty-four), as in every Vietnamese office sheet.
 */
public final class VietnameseNumbers {

	private static final Pattern GROUPED_THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
	private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
	private static final Pattern VIETNAMESE = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?|-?\\d+(,\\d+)?");

	private VietnameseNumbers() {
	}

	/** The number written in the text, or empty when the text is blank; throws {@link NumberFormatException} when it is not a number. */
	public static Optional<BigDecimal> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String s = text.strip().replace("\u00a0", "").replace(" ", "");
		if (GROUPED_THOUSANDS.matcher(s).matches()) {
			return Optional.of(new BigDecimal(s.replace(".", "")));
		}
		if (PLAIN.matcher(s).matches()) {
			return Optional.of(new BigDecimal(s));
		}
		if (VIETNAMESE.matcher(s).matches()) {
			return Optional.of(new BigDecimal(s.replace(".", "").replace(',', '.')));
		}
		throw new NumberFormatException(text);
	}

	public static String format(Number value) {
		return format(value, 2);
	}

	public static String format(Number value, int maxFractionDigits) {
		if (value == null) {
			return "";
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			return grouped(value.longValue());
		}
		// a DecimalFormat is not thread-safe and costly to build (its pattern parsed, the locale looked up on every
		// call: some 10 µs, hundreds of times on a table page); a copy of a prototype is a fraction of that
		DecimalFormat format = (DecimalFormat) PROTOTYPE.clone();
		format.setMaximumFractionDigits(maxFractionDigits);
		return format.format(value);
	}

	/** A whole number grouped by dots ("-1.234.567"), without DecimalFormat. */
	private static String grouped(long value) {
		String digits = Long.toString(value);
		int start = value < 0 ? 1 : 0;
		int length = digits.length() - start;
		if (length <= 3) {
			return digits;
		}
		StringBuilder out = new StringBuilder(digits.length() + length / 3);
		out.append(digits, 0, start);
		int first = length % 3 == 0 ? 3 : length % 3;
		out.append(digits, start, start + first);
		for (int i = start + first; i < digits.length(); i += 3) {
			out.append('.').append(digits, i, i + 3);
		}
		return out.toString();
	}

	private static final DecimalFormat PROTOTYPE = prototype();

	private static DecimalFormat prototype() {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN"));
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		return new DecimalFormat("#,##0", symbols);
	}
}
