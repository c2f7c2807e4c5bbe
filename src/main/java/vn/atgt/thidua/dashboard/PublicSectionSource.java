package vn.atgt.thidua.dashboard;

import java.util.Optional;

/**
 * The public page's extension point for the modules that come after the dashboard: the exemplary models recognised
 * and published (exemplar) and the nominees published for comment (commendation) each implement it as a Spring bean,
 * and the public page shows each section they return below the accident trend, in bean order. There is no signed-in
 * user: an implementation returns only what its own module has made public for the campaign (nothing unconfirmed, no
 * contact data, no unit user's name) and empty when there is nothing to show. It should read a constant number of SQL
 * statements; the public page keeps what it returns for a minute.
 */
public interface PublicSectionSource {

	Optional<PublicSection> section(Long campaignId);
}
