package vn.atgt.thidua.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.atgt.thidua.support.TestUsers.as;

import java.util.Arrays;
import java.util.EnumSet;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.account.UserAdminService;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;
import vn.atgt.thidua.unit.UnitSummary;

@ThiDuaIntegrationTest
class NotificationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestUnits units;

	@Autowired
	NotificationService notifications;

	@Autowired
	UserAdminService userAdmin;

	@Autowired
	GreenMail greenMail;

	@Test
	void unitUsersSeeTheUnreadCountAndOpenTheirNotification() throws Exception {
		UnitSummary unit = units.unit("UBND xã Hồ Thầu thử");
		CurrentUser head = users.create("head", unit.id(), Role.UNIT_HEAD);
		CurrentUser stranger = users.create("stranger", units.unit("Đơn vị khác").id(), Role.UNIT_HEAD);
		notifications.notifyUnit(unit.id(), NotificationKind.ITEM_RETURNED, "/campaigns", "mail.subject",
				"Báo cáo tháng 7/2024 bị trả lại");
		mvc.perform(get("/").with(as(head)))
			.andExpect(content().string(containsString("data-testid=\"unread-count\">1<")));
		mvc.perform(get("/notifications").with(as(head)))
			.andExpect(content().string(containsString("Báo cáo tháng 7/2024 bị trả lại")));
		Long id = notifications.page(head.id(), PageRequest.of(0, 1)).getContent().get(0).id();
		mvc.perform(post("/notifications/" + id + "/open").with(as(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/notifications/" + id + "/open").with(as(head)).with(csrf()))
			.andExpect(redirectedUrl("/campaigns"));
		assertThat(notifications.unreadCount(head.id())).isZero();
	}

	@Test
	void usersWhoChoseEmailReceiveItInVietnamese() throws Exception {
		UnitSummary unit = units.unit("UBND xã Giang Ma thử");
		CurrentUser officer = users.create("officer", unit.id(), Role.UNIT_OFFICER);
		CurrentUser head = users.create("head", unit.id(), Role.UNIT_HEAD);
		setEmail(officer, "canbo." + officer.username() + "@example.vn");
		setEmail(head, "lanhdao." + head.username() + "@example.vn");
		notifications.saveEmailChoices(head.id(), EnumSet.noneOf(NotificationKind.class));
		mvc.perform(post("/notifications/preferences").with(as(officer)).with(csrf()).param("email", "URGING"))
			.andExpect(redirectedUrl("/notifications/preferences"));

		notifications.notifyUnit(unit.id(), NotificationKind.URGING, "/campaigns/1/reports", "mail.subject",
				"Đề nghị gửi báo cáo kết quả tháng 7/2024");

		MimeMessage[] received = Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> GreenMailUtil.getAddressList(recipients(m)).contains(officer.username())
					|| GreenMailUtil.getAddressList(recipients(m)).contains(head.username()))
			.toArray(MimeMessage[]::new);
		assertThat(received).hasSize(1);
		assertThat(GreenMailUtil.getAddressList(recipients(received[0]))).contains("canbo." + officer.username());
		assertThat(received[0].getSubject()).isEqualTo("[Thi đua ATGT] [Thi đua ATGT] Đề nghị gửi báo cáo kết quả tháng 7/2024");
		assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
		assertThat(received[0].getContent().toString()).contains("Đề nghị gửi báo cáo kết quả tháng 7/2024")
			.contains("/campaigns/1/reports");
	}

	private static jakarta.mail.Address[] recipients(MimeMessage message) {
		try {
			return message.getAllRecipients();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private void setEmail(CurrentUser user, String email) {
		var row = userAdmin.get(user.id());
		userAdmin.updateOwnContact(user.id(), row.version(), row.fullName(), email, null);
	}
}
