package vn.atgt.thidua.exemplar;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.exemplar.internal.Exemplar;
import vn.atgt.thidua.exemplar.internal.ExemplarRepository;

/** Finds an exemplar of a campaign by id: one of another campaign answers 404 as one that does not exist. */
@Component
class ExemplarLoader {

	private final ExemplarRepository exemplars;

	ExemplarLoader(ExemplarRepository exemplars) {
		this.exemplars = exemplars;
	}

	Exemplar load(Long campaignId, Long exemplarId) {
		return exemplars.findByIdAndCampaignId(exemplarId, campaignId)
			.orElseThrow(() -> new NotFoundException("exemplar", exemplarId));
	}

	static ExemplarScope scope(Exemplar exemplar) {
		return new ExemplarScope(exemplar.getCampaignId(), exemplar.getUnitId());
	}
}
