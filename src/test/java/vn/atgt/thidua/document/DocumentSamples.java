package vn.atgt.thidua.document;

import java.time.LocalDate;
import java.util.List;

/** Hand-built documents for the writer's tests: a plan with every kind of block and an annex, and an urging letter. */
final class DocumentSamples {

	static final Signature SIGNATURE = new Signature(List.of("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC"),
			"TRƯỞNG PHÒNG KINH TẾ VÀ HẠ TẦNG", "Lê Huy Chính");

	private DocumentSamples() {
	}

	static OfficialDocument.Builder base(DocumentType type) {
		return OfficialDocument.builder(type)
			.parentBody("UBND HUYỆN TAM ĐƯỜNG")
			.issuingBody("BAN AN TOÀN GIAO THÔNG")
			.number(DocumentNumber.blank(type, "BATGT"))
			.dateLine(DateLine.of("Tam Đường", LocalDate.of(2024, 6, 21)))
			.signature(SIGNATURE)
			.recipients(List.of("Các thành viên BATGT huyện;", "UBND các xã, thị trấn;", "Lưu: VT."));
	}

	static OfficialDocument plan() {
		OfficialDocument.Builder plan = base(DocumentType.PLAN)
			.numbered("6")
			.summary("Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2024 trên địa bàn huyện Tam Đường")
			.paragraph("Căn cứ Quyết định số 58/QĐ-BATGT ngày 19/6/2024 của Ban ATGT tỉnh Lai Châu.")
			.heading("I. MỤC ĐÍCH, YÊU CẦU")
			.heading("1. Mục đích")
			.bullet("Tạo động lực mạnh mẽ trong hoạt động bảo đảm TTATGT ở tất cả các lĩnh vực giao thông vận tải.")
			.paragraph("Các tổ chức, cá nhân thi đua thực hiện các nhiệm vụ chuyên môn được giao, phấn đấu kéo giảm tai nạn "
					+ "giao thông trên cả 3 tiêu chí về số vụ, số người chết, số người bị thương so với năm 2023.")
			.table(Block.Table.of(Block.Table.Column.number("STT"), Block.Table.Column.text("Kỳ báo cáo", 4),
					Block.Table.Column.centred("Hạn nộp", 3))
				.withRow("1", "Tháng 7/2024", "20/08/2024")
				.withRow("2", "Tháng 8/2024", "20/09/2024"));
		OfficialDocument withoutAnnex = plan.build();
		return plan.annex(new Annex("PHỤ LỤC", "DANH SÁCH ĐƠN VỊ THAM GIA PHONG TRÀO THI ĐUA",
				"(Kèm theo " + withoutAnnex.citation() + " của Ban An toàn giao thông huyện Tam Đường)",
				List.of(Block.Table.of(Block.Table.Column.number("STT"), Block.Table.Column.text("Tên đơn vị", 7))
					.withRow("1", "Công an huyện Tam Đường")
					.withRow("2", "UBND xã Bản Bo")))).build();
	}

	static OfficialDocument urgingLetter() {
		return base(DocumentType.OFFICIAL_LETTER)
			.datedAtSignature(2024)
			.summary("đôn đốc báo cáo kết quả thực hiện phong trào thi đua tháng 7/2024")
			.addressees("UBND xã Bản Bo", "UBND xã Nà Tăm;", "Trung tâm Y tế huyện.")
			.recipientsFirst("Như trên;")
			.paragraph("Ban ATGT đề nghị các đơn vị gửi báo cáo kết quả thực hiện phong trào thi đua tháng 7/2024.")
			.build();
	}
}
