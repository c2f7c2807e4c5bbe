package vn.atgt.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import vn.atgt.thidua.account.UserAdminService;
import vn.atgt.thidua.account.UserRow;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.common.storage.FileKind;
import vn.atgt.thidua.support.DemoDataTest;

/**
 * Files kept among a campaign's documents: the office keeps them, they come back byte for byte, a restricted one is
 * the committee's only (404 for a unit's user), and a unit's user may not keep one (403).
 */
@DemoDataTest
class KeptFilesTests {

	@Autowired
	KeptFiles kept;

	@Autowired
	CampaignDocuments documents;

	@Autowired
	CampaignService campaigns;

	@Autowired
	UserAdminService users;

	@Test
	void theOfficeKeepsFilesThatComeBackByteForByteAndARestrictedOneIsTheCommitteesOnly() {
		Long campaign = campaigns.list(null).stream().filter(c -> c.planNumber().equals("06/KH-BATGT")).findFirst()
			.orElseThrow().id();
		CurrentUser clerk = account("thuongtruc", Role.STANDING_OFFICE);
		CurrentUser unitHead = account("conganhuyen", Role.UNIT_HEAD);
		byte[] plan = documents.launchPlan(clerk, campaign).content();

		Long open = kept.keep(clerk, campaign, new KeptFileCommand("Kế hoạch đã ký", "Ke-hoach.docx", plan, false));
		Long restricted = kept.keep(clerk, campaign, new KeptFileCommand("Báo cáo đã ký", "Bao-cao.docx", plan, true));

		assertThat(kept.content(clerk, campaign, restricted).content()).isEqualTo(plan);
		assertThat(kept.content(clerk, campaign, restricted).kind()).isEqualTo(FileKind.DOCX);
		List<Long> seenByOffice = kept.list(clerk, campaign).stream().map(KeptFileRow::id).toList();
		assertThat(seenByOffice).contains(open, restricted);
		assertThat(kept.list(clerk, campaign)).filteredOn(r -> r.id().equals(open)).singleElement()
			.satisfies(r -> assertThat(r.fileName()).isEqualTo("Ke-hoach.docx"));
		List<Long> seenByUnit = kept.list(unitHead, campaign).stream().map(KeptFileRow::id).toList();
		assertThat(seenByUnit).contains(open).doesNotContain(restricted);
		assertThat(kept.content(unitHead, campaign, open).content()).isEqualTo(plan);
		assertThatThrownBy(() -> kept.content(unitHead, campaign, restricted)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> kept.content(clerk, campaign + 1000, open)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> kept.keep(unitHead, campaign, new KeptFileCommand("x", "x.docx", plan, false)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private CurrentUser account(String username, Role role) {
		UserRow row = users.activeUsersWithRole(role).stream().filter(u -> u.username().equals(username)).findFirst()
			.orElseThrow();
		return new CurrentUser(row.id(), row.username(), row.fullName(), row.unitId(), row.unitName(), row.committeeId(),
				row.roles(),
				false);
	}
}
