package vn.atgt.thidua.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.format.VietnameseNumbers;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.registration.TargetView;
import vn.atgt.thidua.report.AcceptedNarrative;
import vn.atgt.thidua.report.Completion;
import vn.atgt.thidua.report.Outcome;
import vn.atgt.thidua.report.ReportService;
import vn.atgt.thidua.report.TargetProgressRow;

/**
 * The results per task area against the targets, from the report and registration modules' doors: for each suggested
 * indicator (the office's common indicators, which can be added up over units) the sum of the targets approved, the
 * sum of what the accepted reports add up to, the completion, and how many units are ahead (reached, exceeded, within
 * the limit, done) or behind; and the highlights the office picked from the units' accepted narratives, each quoted
 * with its unit and period. Figures are the accepted reports' values added up (the report module's progress): of the
 * periods within a six-month report's dates, of every period for the year-end one.
 */
@Component
class ResultsSection {

	private final ReportService reports;
	private final RegistrationService registrations;
	private final CampaignService campaigns;

	ResultsSection(ReportService reports, RegistrationService registrations, CampaignService campaigns) {
		this.reports = reports;
		this.registrations = registrations;
		this.campaigns = campaigns;
	}

	/** An indicator's figures summed over the units that chose it. */
	private record IndicatorSum(String name, String unit, BigDecimal target, BigDecimal done, int ahead, int behind) {

		IndicatorSum plus(TargetView t, TargetProgressRow p) {
			Outcome outcome = p == null ? null : p.outcome();
			return new IndicatorSum(name, unit, add(target, t.targetValue()), add(done, p == null ? null : p.cumulativeValue()),
					ahead + (outcome != null && outcome.isSuccess() ? 1 : 0),
					behind + (outcome != null && !outcome.isSuccess() ? 1 : 0));
		}

		private static BigDecimal add(BigDecimal a, BigDecimal b) {
			return b == null ? a : a.add(b);
		}
	}

	SectionContent results(SummaryScope scope) {
		Long campaignId = scope.campaign().id();
		List<TargetView> targets = registrations.approvedTargets(campaignId);
		Map<Long, TargetProgressRow> progress = progress(scope);
		List<String> lines = new ArrayList<>();
		if (scope.kind() == SummaryKind.SIX_MONTH) {
			lines.add("Kết quả thực hiện từ ngày " + Formats.DATE.format(scope.from()) + " đến ngày "
					+ Formats.DATE.format(scope.to()) + " (theo các báo cáo đã được duyệt của các kỳ trong thời gian này), so "
					+ "với chỉ tiêu đăng ký cả năm:");
		}
		List<List<String>> rows = new ArrayList<>();
		for (TaskAreaView area : campaigns.taskAreas(campaignId)) {
			List<TargetView> ofArea = targets.stream().filter(t -> Objects.equals(t.taskAreaId(), area.id())).toList();
			long ahead = ofArea.stream().map(t -> outcome(progress.get(t.id()))).filter(o -> o != null && o.isSuccess()).count();
			long behind = ofArea.stream().map(t -> outcome(progress.get(t.id()))).filter(o -> o != null && !o.isSuccess()).count();
			lines.add("Nội dung " + area.number() + " (" + area.title() + "): " + ofArea.size() + " chỉ tiêu, " + ahead
					+ " chỉ tiêu đạt và vượt, " + behind + " chỉ tiêu chưa đạt"
					+ (ofArea.size() - ahead - behind > 0 ? ", " + (ofArea.size() - ahead - behind) + " chỉ tiêu chưa có báo cáo được duyệt" : "")
					+ ".");
			for (IndicatorSum sum : sums(ofArea, progress)) {
				BigDecimal percent = Completion.percent(sum.done(), sum.target());
				rows.add(List.of(Integer.toString(area.number()), sum.name(), sum.unit() == null ? "" : sum.unit(),
						VietnameseNumbers.format(sum.target()), VietnameseNumbers.format(sum.done()),
						percent == null ? "—" : VietnameseNumbers.format(percent) + "%", Integer.toString(sum.ahead()),
						Integer.toString(sum.behind())));
			}
		}
		SectionTable table = rows.isEmpty() ? null
				: new SectionTable(List.of("Nội dung", "Chỉ tiêu", "Đơn vị tính", "Đăng ký", "Thực hiện", "Tỷ lệ",
						"Số đơn vị đạt", "Số đơn vị chưa đạt"), rows);
		if (targets.isEmpty()) {
			lines.add("Chưa có chỉ tiêu thi đua nào được phê duyệt.");
		}
		return new SectionContent(String.join("\n", lines), table);
	}

	/** By target: a six-month report adds up the accepted reports of its periods only; the year-end one, all of them. */
	private Map<Long, TargetProgressRow> progress(SummaryScope scope) {
		Long campaignId = scope.campaign().id();
		List<TargetProgressRow> accepted = scope.kind() == SummaryKind.SIX_MONTH
				? reports.progress(campaignId, scope.from(), scope.to()) : reports.progress(campaignId);
		return accepted.stream()
			.collect(Collectors.toMap(TargetProgressRow::targetId, Function.identity(), (a, b) -> a));
	}

	/**
	 * The annex's results by unit and task area: for each participating unit and task area it has targets in, the
	 * number of targets, those reached or exceeded, those behind and those without an accepted report.
	 */
	List<List<Object>> byUnit(SummaryScope scope) {
		Long campaignId = scope.campaign().id();
		List<TargetView> targets = registrations.approvedTargets(campaignId);
		Map<Long, TargetProgressRow> progress = progress(scope);
		List<TaskAreaView> areas = campaigns.taskAreas(campaignId);
		List<List<Object>> rows = new ArrayList<>();
		for (ParticipantView unit : campaigns.participants(campaignId)) {
			for (TaskAreaView area : areas) {
				List<TargetView> of = targets.stream().filter(t -> Objects.equals(t.unitId(), unit.unitId())
						&& Objects.equals(t.taskAreaId(), area.id())).toList();
				if (of.isEmpty()) {
					continue;
				}
				long ahead = of.stream().map(t -> outcome(progress.get(t.id()))).filter(o -> o != null && o.isSuccess()).count();
				long behind = of.stream().map(t -> outcome(progress.get(t.id()))).filter(o -> o != null && !o.isSuccess()).count();
				rows.add(List.of(rows.size() + 1, unit.unitName(), area.number() + ". " + area.title(), of.size(), ahead,
						behind, of.size() - ahead - behind));
			}
		}
		return rows;
	}

	/** The suggested indicators of these targets with their sums; percentages are not summed. */
	private static Collection<IndicatorSum> sums(List<TargetView> targets, Map<Long, TargetProgressRow> progress) {
		Map<Long, IndicatorSum> sums = new LinkedHashMap<>();
		for (TargetView t : targets) {
			if (t.isSuggested() && !t.isMilestone() && !t.isPercent() && t.targetValue() != null) {
				sums.computeIfAbsent(t.suggestedIndicatorId(),
						k -> new IndicatorSum(t.indicatorName(), t.unitOfMeasure(), BigDecimal.ZERO, BigDecimal.ZERO, 0, 0));
				sums.computeIfPresent(t.suggestedIndicatorId(), (k, s) -> s.plus(t, progress.get(t.id())));
			}
		}
		return sums.values();
	}

	private static Outcome outcome(TargetProgressRow row) {
		return row == null || row.acceptedReports() == 0 && !row.isMilestone() ? null : row.outcome();
	}

	/** The highlights chosen, each quoted with its unit and period, in the order of periods and units. */
	SectionContent highlights(SummaryScope scope, Collection<Long> chosen) {
		if (chosen.isEmpty()) {
			return SectionContent.text("Văn phòng thường trực chưa chọn kết quả nổi bật từ báo cáo của các đơn vị.");
		}
		Long campaignId = scope.campaign().id();
		Map<Long, String> units = campaigns.participants(campaignId).stream()
			.collect(Collectors.toMap(ParticipantView::unitId, ParticipantView::unitName, (a, b) -> a));
		Map<Long, String> periods = campaigns.periods(campaignId).stream()
			.collect(Collectors.toMap(PeriodView::id, PeriodView::name));
		List<String> lines = new ArrayList<>();
		for (AcceptedNarrative n : reports.acceptedNarratives(campaignId)) {
			if (chosen.contains(n.id())) {
				lines.add(units.getOrDefault(n.unitId(), "") + " (" + Texts.lowerFirst(periods.getOrDefault(n.periodId(), ""))
						+ "): \u201C" + n.quote() + "\u201D");
			}
		}
		return SectionContent.text(String.join("\n", lines));
	}
}
