package vn.atgt.thidua.summary;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * The sections of a six-month or year-end report in the order of DOMAIN.md §3.6, each under its part of the
 * document ({@link #part}) with its own heading. {@link Source#DATA} sections are filled from the other modules'
 * doors, {@link Source#OFFICE} ones are written by the standing office. Every section's text may be edited by the office.
 */
public enum SectionKey implements Labelled {
	ORGANISATION(1, "1. Công tác tổ chức, triển khai phong trào", Source.DATA),
	RESULTS(1, "2. Kết quả thực hiện các nội dung thi đua", Source.DATA),
	HIGHLIGHTS(1, "3. Một số kết quả nổi bật của các đơn vị", Source.DATA),
	ACCIDENTS(1, "4. Tình hình tai nạn giao thông", Source.DATA),
	EXEMPLARS(1, "5. Mô hình, điển hình tiên tiến và việc nhân rộng", Source.DATA),
	RANKING(1, "6. Kết quả chấm điểm, xếp loại thi đua", Source.DATA),
	COMMENDATIONS(1, "7. Đề xuất, khen thưởng", Source.DATA),
	STRENGTHS(2, "1. Ưu điểm", Source.OFFICE),
	SHORTCOMINGS(2, "2. Tồn tại, hạn chế và nguyên nhân", Source.OFFICE),
	LESSONS(2, "3. Bài học kinh nghiệm", Source.OFFICE),
	DIRECTION(3, null, Source.OFFICE),
	PROPOSALS(4, null, Source.OFFICE);

	/** Where a section's text comes from. */
	public enum Source {
		DATA, OFFICE
	}

	private final int part;
	private final String heading;
	private final Source source;

	SectionKey(int part, String heading, Source source) {
		this.part = part;
		this.heading = heading;
		this.source = source;
	}

	/** The part of the document (1: results, 2: assessment, 3: direction, 4: proposals). */
	public int part() {
		return part;
	}

	/** The numbered heading inside its part, or null when the section is the whole part. */
	public String heading() {
		return heading;
	}

	public Source source() {
		return source;
	}

	public boolean fromData() {
		return source != Source.OFFICE;
	}

	@Override
	public String messageKey() {
		return "summary.section." + name();
	}
}
