package vn.atgt.thidua.common.i18n;

import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Date;
import java.util.Locale;

import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The bundles' message source, whose messages write a number given to a plain argument ({@code {0}}) with a number
 * format made once per message, not once per argument: {@link MessageFormat} asks
 * {@link NumberFormat#getInstance(Locale)} for each one, which cost the dashboard ~3 % of its CPU (a hundred overdue
 * items, each with its days). The text is the same: the same format of the locale, and for anything else what
 * {@link MessageFormat} writes (a date with the short date-time format, a text as it is, null as "null").
 */
class BundleMessageSource extends ReloadableResourceBundleMessageSource {

	@Override
	protected MessageFormat createMessageFormat(String msg, Locale locale) {
		MessageFormat format = super.createMessageFormat(msg, locale);
		Format[] formats = format.getFormats();
		for (int i = 0; i < formats.length; i++) {
			if (formats[i] == null) {
				format.setFormat(i, new PlainArgument(format.getLocale()));
			}
		}
		return format;
	}

	/**
	 * A plain argument as {@link MessageFormat} writes it, its number format kept. Used under the lock the message
	 * source takes on the message's format while it formats, so the number format is never shared by two threads.
	 */
	static final class PlainArgument extends Format {

		private final Locale locale;
		private NumberFormat numbers;

		PlainArgument(Locale locale) {
			this.locale = locale;
		}

		@Override
		public StringBuffer format(Object value, StringBuffer out, FieldPosition position) {
			if (value instanceof Number number) {
				if (numbers == null) {
					numbers = NumberFormat.getInstance(locale);
				}
				return out.append(numbers.format(number));
			}
			if (value instanceof Date date) {
				return out.append(DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale)
					.format(date));
			}
			return out.append(value instanceof String text ? text : String.valueOf(value));
		}

		@Override
		public Object parseObject(String source, ParsePosition position) {
			throw new UnsupportedOperationException("a message's argument is never parsed");
		}
	}
}
