package th.ita.portal.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

	/** An agency's account by username. */
	@EntityGraph(attributePaths = { "roles", "unitIds" })
	@Query("select u from StaffUser u where u.agencyId = :agencyId and u.username = :username")
	Optional<StaffUser> findOfAgency(long agencyId, String username);

	/** A platform account (no agency) by username. */
	@EntityGraph(attributePaths = { "roles", "unitIds" })
	@Query("select u from StaffUser u where u.agencyId is null and u.username = :username")
	Optional<StaffUser> findPlatformAccount(String username);

	/** One of the agency's accounts: another agency's id is nothing. */
	@EntityGraph(attributePaths = { "roles", "unitIds" })
	@Query("select u from StaffUser u where u.id = :id and u.agencyId = :agencyId")
	Optional<StaffUser> findWithRolesById(long agencyId, Long id);

	@EntityGraph(attributePaths = { "roles", "unitIds" })
	@Query("select distinct u from StaffUser u where u.agencyId = :agencyId order by u.username")
	List<StaffUser> findAllWithRoles(long agencyId);

	@Query("select count(u) > 0 from StaffUser u where u.agencyId = :agencyId and u.username = :username")
	boolean existsInAgency(long agencyId, String username);

	@Query("select count(u) from StaffUser u where u.agencyId = :agencyId")
	long countOfAgency(long agencyId);

	/** The agencies where a demo account (published password, {@code demo.*}) can sign in. */
	@Query("select distinct u.agencyId from StaffUser u where u.username like 'demo.%' and u.enabled = true and u.agencyId is not null")
	List<Long> findAgenciesWithEnabledDemoAccount();

}
