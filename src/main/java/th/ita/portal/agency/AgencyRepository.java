package th.ita.portal.agency;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface AgencyRepository extends Repository<Agency, Long> {

	Optional<Agency> findById(Long id);

}
