package vn.atgt.thidua.commendation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.commendation.internal.NomineeComment;
import vn.atgt.thidua.commendation.internal.NomineeCommentRepository;
import vn.atgt.thidua.commendation.internal.ProposalRepository;
import vn.atgt.thidua.commendation.internal.PublicNomineeRow;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.dashboard.PublicPages;
import vn.atgt.thidua.dashboard.PublicSection;
import vn.atgt.thidua.dashboard.PublicSectionSource;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * The nominees published for comment (DOMAIN.md §1.5; issue 16, item 7) on the campaign's public page, and the
 * public's comments on them. Without a signed-in user: a nominee is public only while the campaign's public page is on
 * and the nominee is published with its window open (until the day the office's publication ends, included); the
 * section shows name or collective, position, unit, award form and the achievements in short, never a contact or a
 * comment. A comment needs a name and a contact; each network address may leave {@value #COMMENTS_PER_HOUR} an hour.
 * The office reads the comments on the proposal's page ({@link #comments}).
 */
@Service
@Transactional(readOnly = true)
public class NomineeComments implements PublicSectionSource {

	static final int COMMENTS_PER_HOUR = 5;
	static final int NAME_MAX = 150;
	static final int BODY_MAX = 2000;

	private record Window(long hour, int comments) {
	}

	private final ProposalRepository proposals;
	private final NomineeCommentRepository comments;
	private final PublicPages publicPages;
	private final UnitService units;
	private final Clock clock;
	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	NomineeComments(ProposalRepository proposals, NomineeCommentRepository comments, PublicPages publicPages,
			UnitService units, Clock clock) {
		this.proposals = proposals;
		this.comments = comments;
		this.publicPages = publicPages;
		this.units = units;
		this.clock = clock;
	}

	/** The public page's section: the nominees in their comment window, empty when there is none (two statements). */
	@Override
	public Optional<PublicSection> section(Long campaignId) {
		List<PublicNominee> published = published(campaignId);
		return published.isEmpty() ? Optional.empty()
				: Optional.of(new PublicSection("commendation/public", "nominees",
						new PublicNominees(campaignId, published)));
	}

	/**
	 * A nominee in its comment window, for the comment form.
	 * @throws NotFoundException unless the campaign's public page is on and the nominee is published, window open
	 */
	public PublicNominee nominee(Long campaignId, Long proposalId) {
		if (!publicPages.isOn(campaignId)) {
			throw new NotFoundException("public page", campaignId);
		}
		return published(campaignId).stream().filter(n -> n.id().equals(proposalId)).findFirst()
			.orElseThrow(() -> new NotFoundException("published nominee", proposalId));
	}

	/**
	 * Records a comment of the public on a nominee in its comment window.
	 * @throws NotFoundException as {@link #nominee}
	 * @throws FieldException {@code authorName}, {@code contact}, {@code body} when blank or too long
	 */
	@Transactional
	public void comment(Long campaignId, Long proposalId, CommentCommand command, String address) {
		nominee(campaignId, proposalId);
		String name = required("authorName", command.authorName(), NAME_MAX);
		String contact = required("contact", command.contact(), NAME_MAX);
		String body = required("body", command.body(), BODY_MAX);
		comments.save(new NomineeComment(proposalId, name, contact, body, address, clock.instant()));
	}

	/** True when the network address may leave one more comment this hour (and counts it). */
	public boolean admits(String address) {
		long hour = clock.instant().getEpochSecond() / Duration.ofHours(1).toSeconds();
		Window window = windows.compute(address == null ? "" : address,
				(key, w) -> w == null || w.hour() != hour ? new Window(hour, 1) : new Window(hour, w.comments() + 1));
		if (windows.size() > 10_000) {
			windows.entrySet().removeIf(e -> e.getValue().hour() != hour);
		}
		return window.comments() <= COMMENTS_PER_HOUR;
	}

	/** The comments on a proposal, oldest first; the caller has checked that the user is of the office. */
	List<NomineeCommentRow> comments(Long proposalId) {
		return comments.of(proposalId);
	}

	private List<PublicNominee> published(Long campaignId) {
		List<PublicNomineeRow> rows = proposals.publishedOn(campaignId, LocalDate.now(clock.withZone(Formats.ZONE)));
		Map<Long, String> names = rows.isEmpty() ? Map.of()
				: units.findAll(rows.stream().map(PublicNomineeRow::unitId).distinct().toList()).stream()
					.collect(Collectors.toMap(UnitSummary::id, UnitSummary::name, (a, b) -> a));
		return rows.stream().map(r -> new PublicNominee(r.id(), r.kind(), r.nomineeName(), r.position(),
				names.get(r.unitId()), r.awardFormName(), r.achievements(), r.publishedUntil())).toList();
	}

	private static String required(String field, String text, int max) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			throw new FieldException(field, "comment." + field + ".required");
		}
		if (value.length() > max) {
			throw new FieldException(field, "comment.tooLong", max);
		}
		return value;
	}
}
