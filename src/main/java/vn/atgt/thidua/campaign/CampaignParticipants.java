package vn.atgt.thidua.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.internal.ParticipantRepository;
import vn.atgt.thidua.campaign.internal.ParticipantRow;
import vn.atgt.thidua.campaign.internal.ParticipantUnitRow;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * The reads of who takes part in a campaign, behind {@link CampaignService} (other modules ask the door): all of them,
 * a filtered page of them, one unit's participation. Each answers in one or two SQL statements whatever the number of
 * units, which is why the selection is paged in SQL rather than in Java.
 */
@Component
@Transactional(readOnly = true)
class CampaignParticipants {

	private final ParticipantRepository participants;
	private final UnitService units;
	private final CampaignStatusCache kept;
	private final Clock clock;

	CampaignParticipants(ParticipantRepository participants, UnitService units, CampaignStatusCache kept,
			Clock clock) {
		this.participants = participants;
		this.units = units;
		this.kept = kept;
		this.clock = clock;
	}

	/** The key of a selection's units in {@link CampaignStatusCache}. */
	private record SelectedUnits(Long unitId, String kind, Long areaId) {
	}

	/** As {@link CampaignService#participants(Long)}: one SQL statement. */
	List<ParticipantView> all(Long campaignId) {
		return participants.withUnits(campaignId).stream().map(CampaignParticipants::view).toList();
	}

	/**
	 * As {@link CampaignService#participants(Long, ParticipantSelection.Filter, Pageable)}: two SQL statements. The
	 * selection's units are kept under the campaign's status counter ({@link CampaignStatusCache}), which the
	 * participants changing and a participating unit edited (its name, kind or area) raise: at province scale they were
	 * 2,000 ids read for every view of the results page (2.5–8 ms of PostgreSQL), now one indexed row.
	 */
	ParticipantSelection selection(Long campaignId, ParticipantSelection.Filter filter, Pageable pageable) {
		String kind = filter.unitKind() == null ? null : filter.unitKind().name();
		List<Long> unitIds = kept.get(campaignId, LocalDate.ofInstant(clock.instant(), Formats.ZONE),
				new SelectedUnits(filter.unitId(), kind, filter.areaId()),
				() -> List.copyOf(participants.selectedUnitIds(campaignId, filter.unitId() == null, filter.unitId(),
						kind == null, kind, filter.areaId() == null, filter.areaId())));
		long offset = pageable.isPaged() ? pageable.getOffset() : 0;
		int size = pageable.isPaged() ? pageable.getPageSize() : Math.max(1, unitIds.size());
		List<ParticipantView> rows = participants.selectedPage(campaignId, filter.unitId() == null, filter.unitId(),
				kind == null, kind, filter.areaId() == null, filter.areaId(), offset, size)
			.stream()
			.map(CampaignParticipants::view)
			.toList();
		return new ParticipantSelection(unitIds, new PageImpl<>(rows, pageable, unitIds.size()));
	}

	/** As {@link CampaignService#participant(Long, Long)}: two short queries. */
	Optional<ParticipantView> ofUnit(Long campaignId, Long unitId) {
		return participants.rowOfUnit(campaignId, unitId)
			.map(row -> toView(row, units.find(row.unitId()).orElse(null)));
	}

	boolean takesPart(Long campaignId, Long unitId) {
		return unitId != null && participants.exists(campaignId, unitId);
	}

	private static ParticipantView view(ParticipantUnitRow r) {
		return new ParticipantView(r.getId(), r.getCampaignId(), r.getUnitId(), r.getUnitName(), r.getUnitShortName(),
				r.getUnitKind() == null ? null : UnitKind.valueOf(r.getUnitKind()), r.getContactName(),
				r.getContactPosition(), r.getContactPhone(), r.getContactEmail(), r.getJoinedOn(), r.getLeftOn(),
				r.getVersion() == null ? 0 : r.getVersion());
	}

	static ParticipantView toView(ParticipantRow row, UnitSummary unit) {
		return new ParticipantView(row.id(), row.campaignId(), row.unitId(), unit == null ? null : unit.name(),
				unit == null ? null : unit.shortName(), unit == null ? null : unit.kind(), row.contactName(),
				row.contactPosition(), row.contactPhone(), row.contactEmail(), row.joinedOn(), row.leftOn(),
				row.version());
	}
}
