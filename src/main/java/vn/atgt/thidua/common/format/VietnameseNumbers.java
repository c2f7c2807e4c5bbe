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
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN")));
		format.setMaximumFractionDigits(maxFractionDigits);
		DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		format.setDecimalFormatSymbols(symbols);
		return format.format(value);
	}
}
