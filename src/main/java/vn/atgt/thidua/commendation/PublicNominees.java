package vn.atgt.thidua.commendation;

import java.util.List;

/** The public page's section of the nominees published for comment in a campaign (immutable: the page is cached). */
public record PublicNominees(Long campaignId, List<PublicNominee> nominees) {

	public PublicNominees {
		nominees = List.copyOf(nominees);
	}
}
