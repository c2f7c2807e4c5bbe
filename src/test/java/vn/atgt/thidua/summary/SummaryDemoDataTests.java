package vn.atgt.thidua.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.LibreOffice.squeezed;
import static vn.atgt.thidua.support.TestUsers.as;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.atgt.thidua.accident.AccidentComparison;
import vn.atgt.thidua.accident.AccidentService;
import vn.atgt.thidua.accident.Criterion;
import vn.atgt.thidua.account.UserAdminService;
import vn.atgt.thidua.account.UserRow;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.commendation.ProposalQueries;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.format.VietnameseNumbers;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.exemplar.ExemplarService;
import vn.atgt.thidua.exemplar.RecognisedExemplar;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.registration.RegistrationStatusRow;
import vn.atgt.thidua.report.ReportProgress;
import vn.atgt.thidua.report.TargetProgressRow;
import vn.atgt.thidua.scoring.RankingPage;
import vn.atgt.thidua.scoring.ScoringQueries;
import vn.atgt.thidua.support.DemoDataTest;
import vn.atgt.thidua.support.LibreOffice;

/**
 * The six-month and year-end reports on the demo movement (Tam Đường 2024): the demo drafts, who sees and changes
 * what (a unit's users get 403 on every endpoint), bad input beside its field, the office's edits kept when the
 * figures are refreshed, the lock of a final report, and the DOCX read back through LibreOffice.
 */
@DemoDataTest
class SummaryDemoDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CampaignService campaigns;

	@Autowired
	SummaryService summaries;

	@Autowired
	SummaryDocument documents;

	@Autowired
	AccidentService accidents;

	@Autowired
	RegistrationService registrations;

	@Autowired
	UserAdminService users;

	@Autowired
	ReportProgress reports;

	@Autowired
	ExemplarService exemplars;

	@Autowired
	ScoringQueries scoring;

	@Autowired
	ProposalQueries proposals;

	@TempDir
	Path workDir;

	@Test
	void theDemoMovementHasASixMonthDraftWhoseFiguresComeFromItsData() throws Exception {
		Long campaign = campaignId();
		CurrentUser clerk = account("thuongtruc", Role.STANDING_OFFICE);
		List<SummaryRow> rows = summaries.list(clerk, campaign);
		assertThat(rows).extracting(SummaryRow::kind).contains(SummaryKind.SIX_MONTH, SummaryKind.YEAR_END);
		SummaryRow sixMonth = rows.stream().filter(r -> r.kind() == SummaryKind.SIX_MONTH).findFirst().orElseThrow();
		SummaryView report = summaries.get(clerk, campaign, sixMonth.id());

		List<RegistrationStatusRow> statuses = registrations.registrationStatuses(campaign);
		long onTime = statuses.stream().filter(RegistrationStatusRow::onTime).count();
		long late = statuses.stream().filter(r -> r.submitted() && r.late()).count();
		assertThat(report.section(SectionKey.ORGANISATION).body()).contains("Kế hoạch số 06/KH-BATGT ngày 21/06/2024",
				onTime + " đơn vị đăng ký đúng hạn, " + late + " đơn vị đăng ký muộn");

		// the six months are the whole campaign: the table equals the accident module's own total
		AccidentComparison comparison = accidents.comparison(clerk, campaign);
		SectionTable table = report.section(SectionKey.ACCIDENTS).table();
		assertThat(table.header()).containsExactly("Tiêu chí", "Kỳ báo cáo", "Cùng kỳ năm 2023", "Tăng (+), giảm (-)",
				"Tỷ lệ");
		assertThat(table.rows().get(0).subList(0, 3)).containsExactly("Số vụ tai nạn giao thông",
				String.valueOf(comparison.total().current(Criterion.CASES)),
				String.valueOf(comparison.total().baseline(Criterion.CASES)));
		assertThat(table.rows().get(1).get(1)).isEqualTo(String.valueOf(comparison.total().current(Criterion.DEATHS)));
		assertThat(report.section(SectionKey.ACCIDENTS).body()).contains("so với cùng kỳ năm 2023", "Mục tiêu \"");
		assertThat(report.section(SectionKey.HIGHLIGHTS).paragraphs()).hasSize(3)
			.allSatisfy(line -> assertThat(line).matches(".+ \\(tháng \\d+/2024\\): \u201C.+\u201D"));
		// exemplary models, ranking and commendations from their modules' doors (the demo drafts come after them)
		List<RecognisedExemplar> recognised = exemplars.recognised(clerk, campaign, null);
		assertThat(recognised).isNotEmpty();
		assertThat(report.section(SectionKey.EXEMPLARS).body())
			.startsWith("Các đơn vị đã xây dựng " + recognised.size() + " mô hình, điển hình tiên tiến");
		assertThat(report.section(SectionKey.EXEMPLARS).table().rows()).hasSize(recognised.size());
		RankingPage ranking = scoring.ranking(clerk, campaign, null);
		assertThat(ranking.ranked()).isNotEmpty();
		assertThat(report.section(SectionKey.RANKING).table().rows().get(0).subList(0, 2))
			.containsExactly("1", ranking.ranked().get(0).unitName());
		long proposed = proposals.listPage(clerk, campaign, null, Pageable.unpaged()).proposals().stream()
			.filter(p -> !p.status().editable()).count();
		assertThat(proposed).isPositive();
		assertThat(report.section(SectionKey.COMMENDATIONS).body()).startsWith("Các đơn vị đã đề nghị khen thưởng");
		assertThat(report.section(SectionKey.COMMENDATIONS).table().rows()).hasSize((int) proposed);

		Document page = page("/campaigns/" + campaign + "/summary-reports/" + sixMonth.id(), clerk);
		assertThat(page.select("[data-testid=section-ACCIDENTS]").text()).contains("Số vụ tai nạn giao thông");
		assertThat(page.select("form[action$=/finalise]")).hasSize(1);
		Document leaderPage = page("/campaigns/" + campaign + "/summary-reports/" + sixMonth.id(),
				account("lanhdao", Role.LEADER));
		assertThat(leaderPage.select("form[action$=/finalise]")).isEmpty();
		assertThat(leaderPage.select("[data-testid=section-ORGANISATION]").text()).contains("06/KH-BATGT");
		assertThat(page("/campaigns/" + campaign + "/summary-reports", clerk).select("[data-testid=summary-reports] tbody tr"))
			.hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void aSixMonthReportOverOnePeriodAddsUpOnlyThatPeriodsAcceptedReports() {
		Long campaign = campaignId();
		CurrentUser clerk = account("thuongtruc", Role.STANDING_OFFICE);
		PeriodView first = campaigns.periods(campaign).stream().filter(p -> !p.baseline()).findFirst().orElseThrow();
		Long id = summaries.create(clerk, campaign, new SummaryCommand(SummaryKind.SIX_MONTH, first.id(), first.id()));
		SectionView results = summaries.get(clerk, campaign, id).section(SectionKey.RESULTS);
		assertThat(results.body()).startsWith("Kết quả thực hiện từ ngày " + Formats.DATE.format(first.startDate())
				+ " đến ngày " + Formats.DATE.format(first.endDate()));

		List<TargetProgressRow> inPeriod = reports.progress(campaign, first.startDate(), first.endDate());
		List<TargetProgressRow> all = reports.progress(campaign);
		int differing = 0;
		for (List<String> row : results.table().rows()) {
			BigDecimal expected = sum(inPeriod, row.get(1));
			assertThat(row.get(4)).as(row.get(1)).isEqualTo(VietnameseNumbers.format(expected));
			differing += expected.compareTo(sum(all, row.get(1))) == 0 ? 0 : 1;
		}
		// the demo has accepted reports after the first period: the whole year adds up more
		assertThat(differing).isPositive();
	}

	private static BigDecimal sum(List<TargetProgressRow> rows, String indicator) {
		return rows.stream().filter(r -> r.suggestedIndicatorId() != null && r.indicatorName().equals(indicator))
			.map(TargetProgressRow::cumulativeValue).filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	@Test
	void theOfficesEditsAreKeptWhenTheFiguresAreRefreshedAndAFinalReportIsLocked() throws Exception {
		Long campaign = campaignId();
		CurrentUser clerk = account("thuongtruc", Role.STANDING_OFFICE);
		Long id = summaries.create(clerk, campaign, new SummaryCommand(SummaryKind.YEAR_END, null, null));
		String base = "/campaigns/" + campaign + "/summary-reports/" + id;
		write(base, SectionKey.STRENGTHS, "Các đơn vị vào cuộc tích cực.", clerk);
		write(base, SectionKey.DIRECTION, "Tiếp tục tuyên truyền.", clerk);
		write(base, SectionKey.RESULTS, "Lời văn kết quả do Văn phòng viết.", clerk);

		mvc.perform(post(base + "/refresh").param("version", version(clerk, campaign, id)).with(as(clerk)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		SummaryView refreshed = summaries.get(clerk, campaign, id);
		assertThat(refreshed.section(SectionKey.STRENGTHS).body()).isEqualTo("Các đơn vị vào cuộc tích cực.");
		assertThat(refreshed.section(SectionKey.DIRECTION).body()).isEqualTo("Tiếp tục tuyên truyền.");
		assertThat(refreshed.section(SectionKey.RESULTS).body()).isEqualTo("Lời văn kết quả do Văn phòng viết.");
		assertThat(refreshed.section(SectionKey.RESULTS).edited()).isTrue();
		assertThat(refreshed.section(SectionKey.RESULTS).table()).isNotNull();

		mvc.perform(post(base + "/finalise").param("version", version(clerk, campaign, id)).with(as(clerk)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		SummaryView finalised = summaries.get(clerk, campaign, id);
		assertThat(finalised.status()).isEqualTo(SummaryStatus.FINAL);
		assertThat(finalised.finalisedByName()).isNotBlank();
		assertThat(finalised.finalisedAt()).isNotNull();
		assertThatThrownBy(() -> summaries.write(clerk, campaign, id, finalised.version(), SectionKey.LESSONS, "x"))
			.isInstanceOf(DomainException.class);
		Document page = page(base, clerk);
		assertThat(page.select("form[action$=/finalise]")).isEmpty();
		assertThat(page.select("[data-testid=summary-status]").text()).contains("Đã hoàn thành", "Hoàn thành bởi");

		// the signed DOCX and XLSX are kept among the campaign's documents, byte for byte what the report downloads
		byte[] docx = download(base + "/docx", clerk);
		byte[] xlsx = download(base + "/xlsx", clerk);
		assertThat(download(base + "/docx", account("lanhdao", Role.LEADER))).isEqualTo(docx);
		assertThat(page(base, clerk).select("[data-testid=summary-kept] a").attr("href"))
			.endsWith("/campaigns/" + campaign + "/documents");
		Document documents = page("/campaigns/" + campaign + "/documents", clerk);
		var kept = documents.select("[data-testid=kept-files] tbody tr").stream()
			.filter(tr -> tr.select("a").attr("href").endsWith("/" + finalised.docxKeptId())
					|| tr.select("a").attr("href").endsWith("/" + finalised.xlsxKeptId()))
			.toList();
		assertThat(kept).hasSize(2);
		assertThat(kept).anySatisfy(tr -> assertThat(tr.text()).contains("Báo cáo tổng kết phong trào thi đua",
				"Bao-cao-tong-ket-31-12-2024.docx"));
		assertThat(kept).anySatisfy(tr -> assertThat(tr.text()).contains("Phụ lục số liệu: báo cáo tổng kết",
				"Phu-luc-bao-cao-tong-ket-31-12-2024.xlsx"));
		String keptDocx = "/campaigns/" + campaign + "/documents/kept/" + finalised.docxKeptId();
		String keptXlsx = "/campaigns/" + campaign + "/documents/kept/" + finalised.xlsxKeptId();
		assertThat(download(keptDocx, clerk)).isEqualTo(docx);
		assertThat(download(keptXlsx, account("lanhdao", Role.LEADER))).isEqualTo(xlsx);
		assertThat(LibreOffice.sheetTexts(xlsx, workDir)).containsKey("Điểm thi đua");
		// the committee's report: a unit's users neither see nor download it
		CurrentUser unitHead = account("conganhuyen", Role.UNIT_HEAD);
		assertThat(page("/campaigns/" + campaign + "/documents", unitHead).select("a[href$=/kept/"
				+ finalised.docxKeptId() + "]")).isEmpty();
		mvc.perform(get(keptDocx).with(as(unitHead))).andExpect(status().isNotFound());
	}

	private byte[] download(String url, CurrentUser user) throws Exception {
		return mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
	}

	@Test
	void badInputComesBackBesideItsFieldNeverAsAnError() throws Exception {
		Long campaign = campaignId();
		CurrentUser clerk = account("thuongtruc", Role.STANDING_OFFICE);
		String list = "/campaigns/" + campaign + "/summary-reports";
		int before = summaries.list(clerk, campaign).size();
		assertFieldError(post(list).param("kind", "SIX_MONTH"), clerk, "firstPeriodId-error", "Hãy chọn kỳ báo cáo.");
		assertFieldError(post(list).param("kind", "SIX_MONTH").param("firstPeriodId", "abc").param("lastPeriodId", "1"),
				clerk, "firstPeriodId-error", "Hãy nhập một số nguyên.");
		assertFieldError(post(list).param("kind", "NONSENSE"), clerk, "kind-error", "Giá trị không hợp lệ.");
		assertFieldError(post(list).param("kind", "SIX_MONTH").param("firstPeriodId", "999999")
			.param("lastPeriodId", "999999"), clerk, "firstPeriodId-error", "Kỳ báo cáo không thuộc phong trào.");
		List<PeriodView> periods = campaigns.periods(campaign).stream().filter(p -> !p.baseline()).toList();
		assertFieldError(post(list).param("kind", "SIX_MONTH").param("firstPeriodId", periods.get(3).id().toString())
			.param("lastPeriodId", periods.get(0).id().toString()), clerk, "lastPeriodId-error",
				"Kỳ cuối phải sau kỳ đầu.");
		assertThat(summaries.list(clerk, campaign)).hasSize(before);

		Long id = summaries.create(clerk, campaign, new SummaryCommand(SummaryKind.YEAR_END, null, null));
		String base = list + "/" + id;
		String version = version(clerk, campaign, id);
		assertFieldError(post(base + "/sections/LESSONS").param("text", "x".repeat(20001)).param("version", version),
				clerk, "text-error", "Tối đa 20.000 ký tự.");
		assertFieldError(post(base + "/sections/LESSONS").param("text", "x").param("version", "abc"), clerk,
				"version-error", null);
		Document highlights = Jsoup.parse(mvc.perform(post(base + "/highlights").param("narrativeIds", "999999")
			.param("version", version).with(as(clerk)).with(csrf())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
		assertThat(highlights.text()).contains("Có nội dung được chọn không thuộc báo cáo đã duyệt của phong trào.");
		mvc.perform(post(base + "/refresh").param("version", "abc").with(as(clerk)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(base + "/sections/NOPE").with(as(clerk))).andExpect(status().isNotFound());
		assertThat(summaries.get(clerk, campaign, id).section(SectionKey.LESSONS).body()).isNullOrEmpty();
	}

	@Test
	void aUnitsUsersGet403OnEveryEndpointAndLeadersOnlyRead() throws Exception {
		Long campaign = campaignId();
		CurrentUser clerk = account("thuongtruc", Role.STANDING_OFFICE);
		Long id = summaries.list(clerk, campaign).get(0).id();
		String list = "/campaigns/" + campaign + "/summary-reports";
		String base = list + "/" + id;
		List<MockHttpServletRequestBuilder> reads = List.of(get(list), get(base), get(base + "/docx"),
				get(base + "/xlsx"));
		List<MockHttpServletRequestBuilder> writes = List.of(post(list).param("kind", "YEAR_END"),
				get(base + "/sections/LESSONS"), post(base + "/sections/LESSONS").param("text", "x").param("version", "0"),
				post(base + "/highlights").param("version", "0"), post(base + "/refresh").param("version", "0"),
				post(base + "/finalise").param("version", "0"));
		for (CurrentUser unitUser : List.of(account("conganhuyen", Role.UNIT_HEAD), account("canbocongan", Role.UNIT_OFFICER))) {
			for (MockHttpServletRequestBuilder request : reads) {
				mvc.perform(request.with(as(unitUser))).andExpect(status().isForbidden());
			}
			for (MockHttpServletRequestBuilder request : writes) {
				mvc.perform(request.with(as(unitUser)).with(csrf())).andExpect(status().isForbidden());
			}
		}
		CurrentUser leader = account("lanhdao", Role.LEADER);
		for (MockHttpServletRequestBuilder request : reads) {
			mvc.perform(request.with(as(leader))).andExpect(status().isOk());
		}
		for (MockHttpServletRequestBuilder request : writes) {
			mvc.perform(request.with(as(leader)).with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(summaries.get(clerk, campaign, id).status()).isEqualTo(SummaryStatus.DRAFT);
		// the tab is shown to those who read the reports only
		assertThat(page("/campaigns/" + campaign, leader).select("a[href$=/summary-reports]")).isNotEmpty();
		assertThat(page("/campaigns/" + campaign, account("conganhuyen", Role.UNIT_HEAD))
			.select("a[href$=/summary-reports]")).isEmpty();
	}

	@Test
	void theDocxReadsBackFromLibreOfficeWithTheHeaderSectionsAccidentTableAndSignature() throws Exception {
		Long campaign = campaignId();
		CurrentUser clerk = account("thuongtruc", Role.STANDING_OFFICE);
		Long id = summaries.list(clerk, campaign).stream().filter(r -> r.kind() == SummaryKind.SIX_MONTH).findFirst()
			.orElseThrow().id();
		documents.docx(clerk, campaign, id); // warm up
		SummaryFile file = documents.docx(clerk, campaign, id);
		System.out.println("summary DOCX of the demo six-month report generated in " + file.millis() + " ms, "
				+ file.content().length + " bytes");
		assertThat(file.millis()).isLessThan(5000);
		assertThat(file.fileName()).isEqualTo("Bao-cao-so-ket-31-12-2024.docx");

		// kept for a look at the pages (target/summary-demo.docx → PDF → PNG)
		java.nio.file.Files.write(Path.of("target", "summary-demo.docx"), file.content());
		String text = LibreOffice.text(file.content(), workDir);
		String first = LibreOffice.pages(text).get(0);
		// the header's narrow columns wrap in the PDF: read it without spaces and line breaks
		assertThat(squeezed(first)).contains(squeezed("UBND HUYỆN TAM"), squeezed("BAN AN TOÀN GIAO"),
				squeezed("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT"), squeezed("Độc lập - Tự do - Hạnh phúc"), squeezed("BÁO CÁO"));
		assertThat(first.lines()).anyMatch(l -> l.contains("Số:") && l.contains("/BC-BATGT"));
		String all = squeezed(text);
		assertThat(all).containsSubsequence(squeezed("Sơ kết phong trào thi đua"),
				squeezed("I. KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA"), squeezed("1. Công tác tổ chức, triển khai phong trào"),
				squeezed("Kế hoạch số 06/KH-BATGT"), squeezed("4. Tình hình tai nạn giao thông"),
				squeezed("so với cùng kỳ năm 2023."), squeezed("Số vụ tai nạn giao thông"), squeezed("5. Mô hình, điển hình tiên tiến"),
				squeezed("6. Kết quả chấm điểm, xếp loại thi đua"), squeezed("Dẫn đầu phong trào"),
				squeezed("7. Đề xuất, khen thưởng"),
				squeezed("II. ĐÁNH GIÁ CHUNG"), squeezed("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"),
				squeezed("IV. ĐỀ XUẤT, KIẾN NGHỊ"), squeezed("Nơi nhận:"), squeezed("KT. TRƯỞNG BAN"));
		try (XWPFDocument docx = new XWPFDocument(new java.io.ByteArrayInputStream(file.content()))) {
			XWPFTable table = docx.getTables().stream().filter(t -> t.getText().contains("Tăng (+), giảm (-)"))
				.findFirst().orElseThrow();
			assertThat(table.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
				.containsExactly("Tiêu chí", "Kỳ báo cáo", "Cùng kỳ năm 2023", "Tăng (+), giảm (-)", "Tỷ lệ");
			assertThat(table.getRow(0).isRepeatHeader()).isTrue();
		}
		mvc.perform(get("/campaigns/" + campaign + "/summary-reports/" + id + "/docx").with(as(clerk)))
			.andExpect(status().isOk());
	}

	private void write(String base, SectionKey key, String text, CurrentUser user) throws Exception {
		Long campaign = campaignId();
		Long id = Long.valueOf(base.substring(base.lastIndexOf('/') + 1));
		mvc.perform(post(base + "/sections/" + key).param("text", text).param("version", version(user, campaign, id))
			.with(as(user)).with(csrf())).andExpect(status().is3xxRedirection());
	}

	private void assertFieldError(MockHttpServletRequestBuilder request, CurrentUser user, String errorId,
			String message) throws Exception {
		Document page = Jsoup.parse(mvc.perform(request.with(as(user)).with(csrf())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select("[data-testid=form-errors]")).as(errorId).isNotEmpty();
		if (message != null) {
			assertThat(page.select("#" + errorId).text()).isEqualTo(message);
		}
	}

	private String version(CurrentUser user, Long campaign, Long id) {
		return Long.toString(summaries.get(user, campaign, id).version());
	}

	private Long campaignId() {
		return campaigns.list(null).stream().filter(c -> c.planNumber().equals("06/KH-BATGT")).findFirst().orElseThrow()
			.id();
	}

	private CurrentUser account(String username, Role role) {
		UserRow row = users.activeUsersWithRole(role).stream().filter(u -> u.username().equals(username)).findFirst()
			.orElseThrow();
		return new CurrentUser(row.id(), row.username(), row.fullName(), row.unitId(), row.unitName(), row.committeeId(), row.roles(),
				false);
	}

	private Document page(String url, CurrentUser user) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}
}
