package th.ita.portal.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

	@EntityGraph(attributePaths = { "roles", "unitIds" })
	Optional<StaffUser> findByUsername(String username);

	@EntityGraph(attributePaths = { "roles", "unitIds" })
	@Query("select u from StaffUser u where u.id = :id")
	Optional<StaffUser> findWithRolesById(Long id);

	@EntityGraph(attributePaths = { "roles", "unitIds" })
	@Query("select distinct u from StaffUser u order by u.username")
	List<StaffUser> findAllWithRoles();

	boolean existsByUsername(String username);

	@Query("select count(u) > 0 from StaffUser u where u.username like 'demo.%' and u.enabled = true")
	boolean existsEnabledDemoAccount();

	@Query("select u.username from StaffUser u order by u.username")
	List<String> findAllUsernames();

}
