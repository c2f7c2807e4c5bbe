package vn.atgt.thidua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.account.UserAdminService;
import vn.atgt.thidua.account.UserRow;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignSummary;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.LibreOffice;
import vn.atgt.thidua.support.DemoDataTest;

/**
 * Every spreadsheet the product hands out opens in LibreOffice Calc with its Vietnamese text intact: each export and
 * each import template of the demo movement, read back as CSV (the same demo context on H2 as the embedded smoke test).
 */
@DemoDataTest
class SpreadsheetsOpenInLibreOfficeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CampaignService campaigns;

	@Autowired
	UserAdminService users;

	@TempDir
	Path workDir;

	String campaign;
	CurrentUser office;

	@BeforeEach
	void demo() {
		campaign = "/campaigns/" + campaigns.list(null).stream().filter(c -> c.planNumber().equals("06/KH-BATGT"))
			.map(CampaignSummary::id).findFirst().orElseThrow();
		office = account("thuongtruc", Role.STANDING_OFFICE);
	}

	@Test
	void theTargetRegistrationExportOpens() throws Exception {
		CurrentUser police = account("conganhuyen", Role.UNIT_HEAD);
		String sheet = sheet(campaign + "/targets/units/" + police.unitId() + "/export", police);
		assertThat(sheet).contains("Số lượt phương tiện được kiểm tra", "Đơn vị tính");
	}

	@Test
	void theMonitoringMatrixExportOpens() throws Exception {
		assertThat(sheet(campaign + "/monitoring/export", office)).contains("Công an huyện Tam Đường", "Tháng 7/2024",
				"Đã tiếp nhận");
	}

	@Test
	void theBlackSpotRegisterExportOpens() throws Exception {
		assertThat(sheet(campaign + "/black-spots/export", office))
			.contains("Lối đi tự mở qua dải phân cách QL4D khu vực chợ thị trấn", "Km 385+050");
	}

	@Test
	void theImportTemplatesOpen() throws Exception {
		CurrentUser admin = account("admin", Role.ADMIN);
		assertThat(sheet("/admin/units/import/template", admin)).contains("Mã đơn vị", "Tên đơn vị");
		assertThat(sheet("/admin/users/import/template", admin)).contains("Tên đăng nhập");
		assertThat(sheet(campaign + "/accidents/2024-11/import/template", office)).contains("Thị trấn Tam Đường");
	}

	private String sheet(String url, CurrentUser user) throws Exception {
		byte[] xlsx = mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		return LibreOffice.sheetText(xlsx, workDir);
	}

	private CurrentUser account(String username, Role role) {
		UserRow row = users.activeUsersWithRole(role).stream().filter(u -> u.username().equals(username)).findFirst()
			.orElseThrow();
		return new CurrentUser(row.id(), row.username(), row.fullName(), row.unitId(), row.unitName(), row.committeeId(), row.roles(),
				false);
	}
}
