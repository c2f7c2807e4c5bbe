package vn.atgt.thidua.exemplar;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.exemplar.internal.Exemplar;
import vn.atgt.thidua.exemplar.internal.ExemplarListRow;
import vn.atgt.thidua.exemplar.internal.ExemplarReplication;
import vn.atgt.thidua.exemplar.internal.ExemplarReplicationRepository;
import vn.atgt.thidua.exemplar.internal.ExemplarRepository;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * The pages of the campaign tab "Điển hình": the list (every unit's for the office, leaders and administrators; the
 * unit's own for a unit user; paged in SQL with the replication counts, then one read of the units' names), an
 * exemplar's page and its form. Each read asks {@link ExemplarAccess}.
 */
@Service
@Transactional(readOnly = true)
public class ExemplarQueries {

	private final ExemplarRepository exemplars;
	private final ExemplarReplicationRepository replications;
	private final ExemplarPhotoService photos;
	private final ExemplarLoader loader;
	private final ExemplarAccess access;
	private final CampaignService campaigns;
	private final UnitService units;

	ExemplarQueries(ExemplarRepository exemplars, ExemplarReplicationRepository replications,
			ExemplarPhotoService photos, ExemplarLoader loader, ExemplarAccess access, CampaignService campaigns,
			UnitService units) {
		this.exemplars = exemplars;
		this.replications = replications;
		this.photos = photos;
		this.loader = loader;
		this.access = access;
		this.campaigns = campaigns;
		this.units = units;
	}

	/**
	 * The list: a unit user's own unit's exemplars (an empty list when her unit does not take part), or every unit's.
	 */
	public ExemplarListPage listPage(CurrentUser user, Long campaignId, ExemplarFilter filter, Pageable pageable) {
		CampaignView campaign = campaigns.get(campaignId);
		ExemplarListActions actions = access.listActions(user, campaign);
		Page<ExemplarRow> page;
		if (access.seesAllUnits(user)) {
			page = rows(exemplars.search(campaignId, null, filter.status(), filter.kind(), pageable));
		}
		else if (user.unitId() != null && campaigns.isParticipant(campaignId, user.unitId())) {
			access.requireReadable(user, new ExemplarScope(campaignId, user.unitId()));
			page = rows(exemplars.search(campaignId, user.unitId(), filter.status(), filter.kind(), pageable));
		}
		else {
			page = Page.empty(pageable);
		}
		return new ExemplarListPage(campaign, page, actions);
	}

	/**
	 * An exemplar's page.
	 * @throws NotFoundException unless the user may read the exemplar (its unit's, or the office's)
	 */
	public ExemplarPage page(CurrentUser user, Long campaignId, Long exemplarId) {
		CampaignView campaign = campaigns.get(campaignId);
		Exemplar e = loader.load(campaignId, exemplarId);
		access.requireReadable(user, ExemplarLoader.scope(e));
		ExemplarActions actions = access.actions(user, campaign, e.getUnitId(), e.getStatus());
		List<UnitSummary> others = actions.replicate() ? units.activeMembersOf(campaign.committeeId()).stream()
			.filter(u -> !u.id().equals(e.getUnitId())).toList() : List.of();
		return new ExemplarPage(campaign, view(e), actions, others);
	}

	/**
	 * The form that adds an exemplar of the user's unit ({@code exemplarId} null) or edits one.
	 * @throws NotFoundException unless the user may read it
	 * @throws org.springframework.security.access.AccessDeniedException unless she writes her unit's exemplars
	 */
	public ExemplarFormPage formPage(CurrentUser user, Long campaignId, Long exemplarId) {
		CampaignView campaign = campaigns.get(campaignId);
		if (exemplarId == null) {
			access.requirePreparer(user, new ExemplarScope(campaignId, user.unitId()));
			return new ExemplarFormPage(campaign, null, units.nameOf(user.unitId()), null, 0);
		}
		Exemplar e = loader.load(campaignId, exemplarId);
		access.requirePreparer(user, ExemplarLoader.scope(e));
		return new ExemplarFormPage(campaign, exemplarId, units.nameOf(e.getUnitId()), e.details(), e.getVersion());
	}

	private ExemplarView view(Exemplar e) {
		List<ExemplarReplication> done = replications.findByExemplarIdOrderByReplicatedOnAscIdAsc(e.getId());
		List<Long> ids = new java.util.ArrayList<>(done.stream().map(ExemplarReplication::getUnitId).toList());
		ids.add(e.getUnitId());
		Map<Long, String> names = names(ids);
		List<ReplicationRow> rows = done.stream().map(r -> new ReplicationRow(r.getId(), r.getUnitId(),
				names.get(r.getUnitId()), r.getReplicatedOn(), r.getNote())).toList();
		return new ExemplarView(e.getId(), e.getCampaignId(), e.getUnitId(), names.get(e.getUnitId()), e.details(),
				e.getStatus(), e.getReturnReason(), e.isPublishable(), e.isSample(), e.getVersion(), rows,
				photos.rowsFor(e.getId()), exemplars.history(e.getId()));
	}

	private Page<ExemplarRow> rows(Page<ExemplarListRow> page) {
		Map<Long, String> names = names(page.getContent().stream().map(ExemplarListRow::unitId).toList());
		return page.map(r -> new ExemplarRow(r.id(), r.unitId(), names.get(r.unitId()), r.kind(), r.title(),
				r.startedOn(), r.status(), r.publishable(), r.sample(), r.replications()));
	}

	private Map<Long, String> names(List<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return Map.of();
		}
		return units.findAll(unitIds.stream().distinct().toList()).stream()
			.collect(Collectors.toMap(UnitSummary::id, UnitSummary::name, (a, b) -> a));
	}
}
