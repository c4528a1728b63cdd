package th.ita.portal.agency;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AgencyRepository extends Repository<Agency, Long> {

	@Query("select a from Agency a where a.isDefault = true")
	Optional<Agency> findDefault();

}
