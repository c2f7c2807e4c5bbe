package vn.atgt.thidua.common.format;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
		if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
			return grouped(value.longValue());
		}
		return FORMATS.get().computeIfAbsent(maxFractionDigits, VietnameseNumbers::decimalFormat).format(value);
	}

	/**
	 * The formats by number of fraction digits, one set per thread (a {@link DecimalFormat} is not thread-safe, and
	 * building one per number cost the dashboard's pages ~2 % of their CPU).
	 */
	private static final ThreadLocal<Map<Integer, DecimalFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

	private static DecimalFormat decimalFormat(int maxFractionDigits) {
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN")));
		format.setMaximumFractionDigits(maxFractionDigits);
		DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		format.setDecimalFormatSymbols(symbols);
		return format;
	}

	/** A whole number with its thousands grouped by dots, as the decimal format writes it ("-1.234.567"). */
	static String grouped(long value) {
		if (value == Long.MIN_VALUE) {
			return decimalFormat(0).format(value);
		}
		String digits = Long.toString(Math.abs(value));
		StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
		if (value < 0) {
			out.append('-');
		}
		int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
		out.append(digits, 0, first);
		for (int i = first; i < digits.length(); i += 3) {
			out.append('.').append(digits, i, i + 3);
		}
		return out.toString();
	}
}
