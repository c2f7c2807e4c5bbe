package vn.atgt.thidua.accident;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.accident.internal.BlackSpot;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.format.VietnameseNumbers;
import vn.atgt.thidua.common.xlsx.Sheets;

/**
 * Writes the black-spot register as an XLSX sheet with Vietnamese headers (the sheet goes to other offices, so it is
 * in Vietnamese whatever the user's language), dates as dd/MM/yyyy and numbers the Vietnamese way.
 */
@Component
class BlackSpotSheetWriter {

	static final Locale VI = Locale.forLanguageTag("vi-VN");

	/** The columns of the export, in order. */
	static final List<String> EXPORT_HEADERS = List.of("STT", "Tên, vị trí", "Loại", "Tuyến đường", "Lý trình",
			"Địa bàn", "Vĩ độ", "Kinh độ", "Ngày xác định", "Căn cứ xác định", "Tiêu chí", "Diễn biến tai nạn",
			"Nguyên nhân", "Biện pháp xử lý", "Đơn vị chịu trách nhiệm", "Kinh phí (đồng)", "Thời hạn", "Trạng thái");

	private final MessageSource messages;

	BlackSpotSheetWriter(MessageSource messages) {
		this.messages = messages;
	}

	/** One row per point, in the given order, its commune, unit and rule named from the maps (by id). */
	byte[] write(List<BlackSpot> spots, Map<Long, String> areaNames, Map<Long, String> unitNames,
			Map<Long, String> ruleNames) {
		List<List<String>> rows = new ArrayList<>();
		int n = 0;
		for (BlackSpot b : spots) {
			rows.add(Arrays.asList(Integer.toString(++n), b.getName(), label(b.getKind().messageKey()),
					b.getRoute(), b.getKmMarker(), areaNames.get(b.getAreaId()), decimal(b.getLatitude()),
					decimal(b.getLongitude()), date(b.getIdentifiedOn()), ruleNames.get(b.getRuleId()),
					b.getCriterion(), b.getAccidentHistory(), b.getCause(), b.getMeasures(),
					unitNames.get(b.getResponsibleUnitId()), b.getCost() == null ? null
							: VietnameseNumbers.format(b.getCost()),
					date(b.getDeadline()), label(b.getStatus().messageKey())));
		}
		return Sheets.write("Diem den", EXPORT_HEADERS, rows);
	}

	private String label(String key) {
		return messages.getMessage(key, null, VI);
	}

	private static String date(LocalDate day) {
		return day == null ? null : Formats.DATE.format(day);
	}

	private static String decimal(BigDecimal value) {
		return value == null ? null : VietnameseNumbers.format(value, 6);
	}
}
