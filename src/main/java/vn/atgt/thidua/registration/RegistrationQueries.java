package vn.atgt.thidua.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignStatusCache;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.text.SearchText;
import vn.atgt.thidua.registration.internal.StandingRow;
import vn.atgt.thidua.registration.internal.StatusTally;
import vn.atgt.thidua.registration.internal.TargetCount;
import vn.atgt.thidua.registration.internal.TargetRegistrationRepository;
import vn.atgt.thidua.unit.UnitService;

/**
 * The registration pages' read models: everything a page shows, the campaign header included, in a number of queries
 * that does not grow with the data. Each read asks {@link RegistrationAccess} first, as the commands do.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationQueries {

	private final RegistrationService registrations;
	private final TargetSetupService setup;
	private final RegistrationAccess access;
	private final TargetRegistrationRepository repository;
	private final CampaignService campaigns;
	private final UnitService units;
	private final CampaignStatusCache kept;
	private final Clock clock;

	RegistrationQueries(RegistrationService registrations, TargetSetupService setup, RegistrationAccess access,
			TargetRegistrationRepository repository, CampaignService campaigns, UnitService units,
			CampaignStatusCache kept, Clock clock) {
		this.registrations = registrations;
		this.setup = setup;
		this.access = access;
		this.repository = repository;
		this.campaigns = campaigns;
		this.units = units;
		this.kept = kept;
		this.clock = clock;
	}

	/** The campaign, for the header of a page that shows nothing else (a unit that does not take part). */
	public CampaignView campaign(Long campaignId) {
		return campaigns.get(campaignId);
	}

	/**
	 * The standing office's table: one page of the participating units under the filter (agencies first, then by name),
	 * filtered, counted and paged in SQL, with the counts per status and of late units over the campaign. The counts and
	 * the page are kept under the campaign's status counter ({@link CampaignStatusCache}, with the day); the targets per
	 * task area of the page's units are read on every view (a target added to a draft raises no counter).
	 * @throws AccessDeniedException unless the user sees all units
	 */
	public OverviewPage overview(CurrentUser user, Long campaignId, RegistrationFilter filter, Pageable pageable) {
		access.requireAllUnits(user, campaignId);
		CampaignView campaign = campaigns.get(campaignId);
		LocalDate deadline = registrations.registrationDeadline(campaignId).orElse(null);
		LocalDate today = today();
		Instant lateFrom = lateFrom(deadline);
		List<StatusTally> tallies = kept.get(campaignId, today, new TallyKey(lateFrom),
				() -> List.copyOf(repository.tally(campaignId, lateFrom)));
		Page<StandingRow> page = standingsPage(campaignId, today, filter, pageable, tallies);
		Map<Long, Map<Long, Long>> counts = targetCounts(campaignId, page.getContent());
		Page<RegistrationOverviewRow> rows = page.map(r -> new RegistrationOverviewRow(r.unitId(), r.unitName(),
				r.unitKind(), RegistrationLateness.standing(r, today),
				counts.getOrDefault(r.unitId(), Map.of())));
		Map<String, Long> statusCounts = new LinkedHashMap<>();
		for (RegistrationStatus status : RegistrationStatus.values()) {
			statusCounts.put(status.name(), 0L);
		}
		statusCounts.put(RegistrationFilter.NOT_STARTED, 0L);
		long late = 0;
		for (StatusTally tally : tallies) {
			statusCounts.put(tally.status(), tally.units());
			late += late(tally, deadline, today);
		}
		return new OverviewPage(campaign, campaigns.taskAreas(campaignId), deadline, filter, rows, statusCounts, late,
				access.overviewActions(user, campaign));
	}

	/**
	 * The registration page of the user's own unit, when she belongs to a unit that takes part in the campaign.
	 * @throws NotFoundException for a campaign of another committee
	 */
	public Optional<RegistrationPage> ownRegistration(CurrentUser user, Long campaignId) {
		access.requireCommittee(user, campaignId);
		if (user.unitId() == null || !campaigns.isParticipant(campaignId, user.unitId())) {
			return Optional.empty();
		}
		return Optional.of(registrationPage(user, campaignId, user.unitId()));
	}

	/**
	 * A unit's registration page: the registration, the suggested indicators it has not picked, what the user may do.
	 * @throws NotFoundException unless the user may read the unit's data and the unit takes part
	 */
	public RegistrationPage registrationPage(CurrentUser user, Long campaignId, Long unitId) {
		RegistrationView registration = registrations.registration(user, campaignId, unitId);
		CampaignView campaign = campaigns.get(campaignId);
		Set<Long> picked = registration.targets().stream()
			.map(TargetView::suggestedIndicatorId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, List<SuggestedIndicatorView>> open = setup.suggestions(campaignId).stream()
			.filter(s -> !picked.contains(s.id()))
			.collect(Collectors.groupingBy(SuggestedIndicatorView::taskAreaId));
		return new RegistrationPage(campaign, registration, campaigns.taskAreas(campaignId), open,
				access.actions(user, campaign, registration));
	}

	/**
	 * The unit's registration, for a user who prepares it (its import page).
	 * @throws NotFoundException for another unit's registration
	 * @throws AccessDeniedException for a user who reads it but does not prepare it
	 */
	public RegistrationView registrationToPrepare(CurrentUser user, Long campaignId, Long unitId) {
		access.requirePreparer(user, new RegistrationScope(campaignId, unitId));
		return registrations.registration(user, campaignId, unitId);
	}

	/**
	 * The return or reopen form of a unit's registration, for the standing office.
	 * @throws AccessDeniedException for a user who does not decide on registrations
	 */
	public RegistrationPage decisionForm(CurrentUser user, Long campaignId, Long unitId) {
		access.requireDecider(user, new RegistrationScope(campaignId, unitId));
		RegistrationView registration = registrations.registration(user, campaignId, unitId);
		CampaignView campaign = campaigns.get(campaignId);
		return new RegistrationPage(campaign, registration, campaigns.taskAreas(campaignId), Map.of(),
				access.actions(user, campaign, registration));
	}

	/** The unit's name, for the message after a decision on its registration (404 as its registration). */
	public String unitName(CurrentUser user, Long campaignId, Long unitId) {
		access.requireReadable(user, new RegistrationScope(campaignId, unitId));
		return units.nameOf(unitId);
	}

	/**
	 * The form of a new target; from a suggested indicator of the campaign when {@code suggestionId} is given and the
	 * registration can take one.
	 * @throws NotFoundException for a suggested indicator of another campaign
	 * @throws AccessDeniedException for a user who does not prepare the registration
	 */
	public TargetFormPage newTarget(CurrentUser user, Long campaignId, Long unitId, Long suggestionId) {
		RegistrationView registration = registrationToPrepare(user, campaignId, unitId);
		SuggestedIndicatorView suggestion = suggestionId == null || !registration.editable() ? null
				: setup.suggestion(campaignId, suggestionId);
		return new TargetFormPage(campaigns.get(campaignId), registration, null, suggestion,
				campaigns.taskAreas(campaignId));
	}

	/**
	 * The form of one target of the unit's registration.
	 * @throws NotFoundException unless it belongs to that unit's registration
	 */
	public TargetFormPage editTarget(CurrentUser user, Long campaignId, Long unitId, Long targetId) {
		RegistrationView registration = registrationToPrepare(user, campaignId, unitId);
		TargetView target = target(user, campaignId, unitId, targetId);
		return new TargetFormPage(campaigns.get(campaignId), registration, target, null,
				campaigns.taskAreas(campaignId));
	}

	/**
	 * One target of the unit's registration.
	 * @throws NotFoundException unless it belongs to that unit's registration and the user may read it
	 */
	public TargetView target(CurrentUser user, Long campaignId, Long unitId, Long targetId) {
		access.requireReadable(user, new RegistrationScope(campaignId, unitId));
		return registrations.targets(List.of(targetId)).stream()
			.filter(t -> t.campaignId().equals(campaignId) && t.unitId().equals(unitId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("target", targetId));
	}

	/**
	 * The suggested indicators by task area with the sums of the targets units registered for them.
	 * @throws AccessDeniedException for a unit user
	 */
	public SuggestionsPage suggestions(CurrentUser user, Long campaignId) {
		access.requireAllUnits(user, campaignId);
		CampaignView campaign = campaigns.get(campaignId);
		Map<Long, SuggestedIndicatorTotal> totals = setup.totals(campaignId).stream()
			.collect(Collectors.toMap(SuggestedIndicatorTotal::suggestedIndicatorId, Function.identity()));
		return new SuggestionsPage(campaign, campaigns.taskAreas(campaignId), setup.suggestions(campaignId).stream()
			.collect(Collectors.groupingBy(SuggestedIndicatorView::taskAreaId)), totals,
				access.maySetUp(user, campaign));
	}

	/**
	 * The form of a suggested indicator of the campaign ({@code suggestionId} null for a new one).
	 * @throws AccessDeniedException for a user who does not set the registration up
	 */
	public SetupFormPage suggestionForm(CurrentUser user, Long campaignId, Long suggestionId) {
		access.requireSetUp(user, campaignId);
		SuggestedIndicatorView suggestion = suggestionId == null ? null : setup.suggestion(campaignId, suggestionId);
		return new SetupFormPage(campaigns.get(campaignId), campaigns.taskAreas(campaignId), suggestion, null);
	}

	/**
	 * The form of the registration deadline.
	 * @throws AccessDeniedException for a user who does not set the registration up
	 */
	public SetupFormPage deadlineForm(CurrentUser user, Long campaignId) {
		access.requireSetUp(user, campaignId);
		return new SetupFormPage(campaigns.get(campaignId), List.of(), null, setup.deadline(campaignId));
	}

	/**
	 * One page of the office's table, kept under the campaign's status counter ({@link CampaignStatusCache}, with the
	 * day). Its total comes from the counts per status when the filter is by status only (the count statement otherwise).
	 */
	private Page<StandingRow> standingsPage(Long campaignId, LocalDate today, RegistrationFilter filter,
			Pageable pageable, List<StatusTally> tallies) {
		String status = Objects.requireNonNullElse(filter.status(), "");
		String kind = filter.kind() == null ? "" : filter.kind().name();
		String searched = SearchText.likePattern(filter.q());
		String pattern = searched == null ? "%" : searched;
		Pageable request = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
		PageKey key = new PageKey(status, kind, pattern, request.getPageNumber(), request.getPageSize());
		KeptPage kept = this.kept.get(campaignId, today, key, () -> {
			List<StandingRow> content = List.copyOf(repository.standingsList(campaignId, status, kind, pattern,
					request));
			return new KeptPage(content, PageableExecutionUtils.getPage(content, request,
					() -> kind.isEmpty() && searched == null ? units(tallies, status)
							: repository.standingsCount(campaignId, status, kind, pattern)).getTotalElements());
		});
		return new PageImpl<>(kept.content(), request, kept.total());
	}

	/** The participating units at the status ({@code ""}: all), from the counts per status. */
	private static long units(List<StatusTally> tallies, String status) {
		return tallies.stream()
			.filter(t -> status.isEmpty() || t.status().equals(status))
			.mapToLong(StatusTally::units)
			.sum();
	}

	/** The key of the counts per status: the first late moment (the deadline) they were counted with. */
	private record TallyKey(Instant lateFrom) {
	}

	/** The key of a page of the office's table: its filter (as SQL takes it) and its place. */
	private record PageKey(String status, String kind, String pattern, int page, int size) {
	}

	/** A page of the office's table as kept: its rows and the total under its filter. */
	private record KeptPage(List<StandingRow> content, long total) {
	}

	/** Targets per task area of the units of one page, in one query. */
	private Map<Long, Map<Long, Long>> targetCounts(Long campaignId, List<StandingRow> rows) {
		Map<Long, Map<Long, Long>> counts = new HashMap<>();
		List<Long> unitIds = rows.stream().filter(r -> r.registrationId() != null).map(StandingRow::unitId).toList();
		if (!unitIds.isEmpty()) {
			for (TargetCount count : repository.targetCounts(campaignId, unitIds)) {
				counts.computeIfAbsent(count.unitId(), k -> new HashMap<>()).put(count.taskAreaId(), count.count());
			}
		}
		return counts;
	}

	/** The first moment after the deadline (Asia/Ho_Chi_Minh): a registration sent from then on is late. */
	private static Instant lateFrom(LocalDate deadline) {
		return deadline == null ? Instant.EPOCH : deadline.plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
	}

	/**
	 * The late units among those of one status, as {@link RegistrationStatusRow#late()} counts them: a sent
	 * registration when its latest submission came after the deadline; any other once the deadline has passed.
	 */
	private static long late(StatusTally tally, LocalDate deadline, LocalDate today) {
		if (deadline == null) {
			return 0;
		}
		boolean sent = !RegistrationFilter.NOT_STARTED.equals(tally.status())
				&& RegistrationStatus.valueOf(tally.status()).isSubmitted();
		return sent ? tally.submittedLate() : today.isAfter(deadline) ? tally.units() : 0;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
	}
}
