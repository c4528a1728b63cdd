package th.ita.portal.evidence;

import java.io.IOException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the evidence store: {@code ITA_EVIDENCE_STORE=directory} (the default, in
 * {@code ITA_STORAGE_DIR}) or {@code s3} (the bucket {@code ITA_S3_BUCKET} at
 * {@code ITA_S3_ENDPOINT}, with {@code ITA_S3_REGION}, {@code ITA_S3_ACCESS_KEY} and
 * {@code ITA_S3_SECRET_KEY}; uploads are received in {@code ITA_STORAGE_DIR/incoming} first).
 */
@Configuration(proxyBeanMethods = false)
class EvidenceStoreConfig {

	private static final Logger log = LoggerFactory.getLogger(EvidenceStoreConfig.class);

	@Bean
	EvidenceStore evidenceStore(@Value("${ita.evidence.store:directory}") String kind,
			@Value("${ita.storage-dir}") Path storageDir, @Value("${ita.s3.endpoint:}") String endpoint,
			@Value("${ita.s3.bucket:ita-evidence}") String bucket, @Value("${ita.s3.region:us-east-1}") String region,
			@Value("${ita.s3.access-key:}") String accessKey, @Value("${ita.s3.secret-key:}") String secretKey)
			throws IOException {
		EvidenceStore store = switch (kind.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "directory" -> new DirectoryEvidenceStore(storageDir);
			case "s3" -> {
				if (endpoint.isBlank()) {
					throw new IllegalStateException("ITA_EVIDENCE_STORE=s3 needs ITA_S3_ENDPOINT (e.g. http://minio:9000)");
				}
				yield new S3EvidenceStore(
						new S3EvidenceStore.S3Settings(endpoint, bucket, region, accessKey, secretKey),
						storageDir.resolve("incoming"));
			}
			default -> throw new IllegalStateException(
					"ITA_EVIDENCE_STORE must be 'directory' or 's3', not '" + kind + "'");
		};
		log.info("Evidence files are kept in {}", store.describe());
		return store;
	}

}
