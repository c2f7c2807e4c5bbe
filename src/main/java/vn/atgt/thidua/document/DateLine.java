package vn.atgt.thidua.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The place and date of a document, printed in italics under the national motto: "Tam Đường, ngày 21 tháng 6 năm
 * 2024". Nghị định 30/2020: days below 10 and the months January and February take a leading zero ("ngày 05 tháng 01
 * năm 2025"). A document that the clerk dates when it is signed keeps the day and month blank ("Tam Đường,
 * ngày     tháng     năm 2024").
 *
 * @param place the place name (địa danh) from the committee's data
 * @param date the date, or null when it is left blank for the clerk
 * @param year the year printed (the date's year when there is a date)
 */
public record DateLine(String place, LocalDate date, int year) {

	/** What the clerk fills in by hand for the day and for the month. */
	static final String BLANK = "     ";

	public DateLine {
		Objects.requireNonNull(place, "place");
		if (date != null) {
			year = date.getYear();
		}
	}

	public static DateLine of(String place, LocalDate date) {
		return new DateLine(place, Objects.requireNonNull(date, "date"), date.getYear());
	}

	/** Day and month left blank for the clerk, who dates the document at signature. */
	public static DateLine blank(String place, int year) {
		return new DateLine(place, null, year);
	}

	public boolean isBlank() {
		return date == null;
	}

	/** "Tam Đường, ngày 21 tháng 6 năm 2024", or "Tam Đường, ngày     tháng     năm 2024" when blank. */
	public String text() {
		return place + ", " + dateText();
	}

	/** The date alone, as annexes cite their document: "ngày 21 tháng 6 năm 2024". */
	public String dateText() {
		if (date == null) {
			return "ngày" + BLANK + "tháng" + BLANK + "năm " + year;
		}
		return "ngày " + day(date.getDayOfMonth()) + " tháng " + month(date.getMonthValue()) + " năm " + year;
	}

	static String day(int day) {
		return day < 10 ? "0" + day : Integer.toString(day);
	}

	static String month(int month) {
		return month <= 2 ? "0" + month : Integer.toString(month);
	}
}
