package vn.atgt.thidua.campaign;

import vn.atgt.thidua.common.i18n.Labelled;

/** Where a campaign is in its life: being set up, running (units register and report), closed (read-only). */
public enum CampaignStatus implements Labelled {
	DRAFT, ACTIVE, CLOSED;

	@Override
	public String messageKey() {
		return "campaign.status." + name();
	}
}
