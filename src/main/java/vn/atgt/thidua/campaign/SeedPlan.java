package vn.atgt.thidua.campaign;

import java.util.List;

/**
 * The six focus task areas of the seed plan (Kế hoạch 06/KH-BATGT ngày 21/6/2024 của Ban ATGT huyện Tam Đường, section
 * II), in the plan's own words: a short heading derived from each paragraph, and the paragraph itself. A new campaign
 * may start from them; the office edits them as its own plan says.
 */
final class SeedPlan {

	static final List<TaskAreaCommand> TASK_AREAS = List.of(
			new TaskAreaCommand("Chính sách pháp luật, ứng dụng khoa học công nghệ và lồng ghép bảo đảm TTATGT vào quy hoạch",
					"Thực hiện theo chính sách pháp luật, sự chỉ đạo của UBND tỉnh, Ban ATGT tỉnh, Ban ATGT huyện và các "
							+ "quy định liên quan đến công tác bảo đảm TTATGT, nhằm áp dụng kịp thời, hiệu quả các thành tựu "
							+ "của cuộc cách mạng công nghiệp lần thứ tư vào thực tiễn; lồng ghép mục tiêu bảo đảm TTATGT vào "
							+ "các quy hoạch của huyện như quy hoạch sử dụng đất, nông thôn và các quy hoạch chuyên ngành về "
							+ "giao thông vận tải."),
			new TaskAreaCommand("Kết cấu hạ tầng giao thông, xử lý điểm đen, lối đi tự mở và lấn chiếm lòng, lề đường",
					"Bảo đảm tiến độ, chất lượng các dự án đầu tư kết cấu hạ tầng giao thông; triển khai các nhiệm vụ "
							+ "nhằm nâng cao điều kiện ATGT đối với kết cấu hạ tầng giao thông đang khai thác; xử lý các điểm "
							+ "đen, điểm tiềm ẩn tai nạn giao thông mới phát sinh; xóa bỏ lối đi tự mở trái phép; ngăn ngừa, "
							+ "xử lý hoạt động lấn chiếm lề, lòng đường."),
			new TaskAreaCommand("An toàn kỹ thuật và bảo vệ môi trường của phương tiện giao thông vận tải",
					"Nâng cao chất lượng an toàn kỹ thuật và bảo vệ môi trường của phương tiện giao thông vận tải; hoàn "
							+ "thiện hệ thống hạ tầng để tạo thuận lợi cho sản xuất, kinh doanh và lưu hành đối với phương "
							+ "tiện, thân thiện với môi trường."),
			new TaskAreaCommand("Xây dựng văn hóa giao thông an toàn; tuyên truyền, phổ biến, giáo dục pháp luật",
					"Kiên trì xây dựng văn hoá giao thông an toàn đối với tổ chức, cá nhân trong quá trình xây dựng, thực "
							+ "thi pháp luật, cung ứng kết cấu hạ tầng giao thông, phương tiện, dịch vụ vận tải và tham gia "
							+ "giao thông; đổi mới công tác tuyên truyền, phổ biến, giáo dục pháp luật, nâng cao nhận thức, "
							+ "trách nhiệm của cán bộ, đảng viên và Nhân dân về bảo đảm TTATGT theo hướng lấy thay đổi hành "
							+ "vi làm tiêu chí đánh giá kết quả; đẩy mạnh tuyên truyền trên mạng xã hội và hạ tầng số với "
							+ "các nội dung phù hợp với từng đối tượng, vùng, dân tộc; vận động, hướng dẫn việc lồng ghép mục "
							+ "tiêu bảo đảm TTATGT vào chương trình, hoạt động của cơ quan, đơn vị, nhà trường, doanh nghiệp "
							+ "vận tải."),
			new TaskAreaCommand("Thực thi pháp luật, thanh tra, kiểm tra, xử lý vi phạm và ứng dụng công nghệ thông tin",
					"Tiếp tục nâng cao năng lực, hiệu quả thực thi pháp luật về bảo đảm TTATGT, tăng cường công tác "
							+ "thanh tra, kiểm tra xử lý vi phạm bảo đảm TTATGT, đẩy mạnh việc khai thác, sử dụng hệ thống "
							+ "xử lý dữ liệu từ thiết bị giám sát hành trình để phục vụ công tác quản lý vận tải và xử lý vi "
							+ "phạm; tăng cường ứng dụng công nghệ thông tin, bảo đảm khả năng kết nối, sử dụng chung các cơ "
							+ "sở dữ liệu giữa các cơ quan, đơn vị liên quan."),
			new TaskAreaCommand("Cứu hộ, cứu nạn, sơ cứu và cứu chữa nạn nhân tai nạn giao thông",
					"Nâng cao năng lực cứu hộ, cứu nạn, cứu chữa nạn nhân và khắc phục hậu quả TNGT; cải thiện năng lực "
							+ "sơ cứu TNGT cho nhân viên y tế thôn, bản, trạm y tế; nâng cao năng lực chuyên môn, phương tiện, "
							+ "trang thiết bị cho bệnh viện và trung tâm y tế huyện bảo đảm khả năng tiếp cận hiện trường và "
							+ "cứu chữa đa số thương tích cho nạn nhân TNGT."));

	private SeedPlan() {
	}
}
