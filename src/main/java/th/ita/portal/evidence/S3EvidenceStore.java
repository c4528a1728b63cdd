package th.ita.portal.evidence;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Evidence in an S3-compatible bucket (MinIO, Ceph's RADOS Gateway, AWS S3), with path-style
 * addresses ({@code http://host:9000/bucket/key}) as MinIO and Ceph expect. An upload is received
 * and checked locally, then sent with one PUT of known length: S3 makes an object visible whole or
 * not at all, so a failed or cut-off upload leaves nothing. The SHA-256 rides along as the object's
 * metadata. Downloads stream from the bucket.
 */
class S3EvidenceStore implements EvidenceStore {

	private static final Logger log = LoggerFactory.getLogger(S3EvidenceStore.class);

	private final S3Client s3;

	private final String bucket;

	private final String endpoint;

	private final Path incoming;

	S3EvidenceStore(S3Settings settings, Path incoming) throws IOException {
		this.bucket = settings.bucket();
		this.endpoint = settings.endpoint();
		this.incoming = Files.createDirectories(incoming.toAbsolutePath().normalize());
		this.s3 = S3Client.builder()
			.endpointOverride(URI.create(settings.endpoint()))
			.region(Region.of(settings.region()))
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
			.forcePathStyle(true)
			// MinIO, Ceph and S3Proxy differ in which of the newer checksum headers they know.
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.httpClientBuilder(UrlConnectionHttpClient.builder()
				.connectionTimeout(Duration.ofSeconds(3))
				.socketTimeout(Duration.ofSeconds(30)))
			.overrideConfiguration(config -> config.apiCallTimeout(Duration.ofMinutes(2)))
			.build();
		ensureBucket();
	}

	/** The settings of an S3-compatible store; the secret never appears in {@link #toString()}. */
	record S3Settings(String endpoint, String bucket, String region, String accessKey, String secretKey) {

		@Override
		public String toString() {
			return this.endpoint + "/" + this.bucket;
		}

	}

	@Override
	public Path incoming() {
		return this.incoming;
	}

	@Override
	public void put(String key, Path received, long size, String sha256Hex) {
		try {
			this.s3.putObject(put -> put.bucket(this.bucket).key(key).contentLength(size)
				.metadata(Map.of("sha256", sha256Hex)), RequestBody.fromFile(received));
		}
		catch (SdkException ex) {
			throw new EvidenceStoreUnavailableException("could not keep " + key + " in " + describe(), ex);
		}
		finally {
			deleteQuietly(received);
		}
	}

	@Override
	public Resource open(String key) {
		try {
			ResponseInputStream<GetObjectResponse> object = this.s3.getObject(get -> get.bucket(this.bucket).key(key));
			return new InputStreamResource(object, key);
		}
		catch (NoSuchKeyException ex) {
			return null;
		}
		catch (SdkException ex) {
			throw new EvidenceStoreUnavailableException("could not read " + key + " from " + describe(), ex);
		}
	}

	@Override
	public void delete(String key) {
		try {
			this.s3.deleteObject(delete -> delete.bucket(this.bucket).key(key));
		}
		catch (SdkException ex) {
			log.warn("Could not remove stored object {} from {}", key, describe(), ex);
		}
	}

	@Override
	public String describe() {
		return "S3 bucket " + this.bucket + " at " + this.endpoint;
	}

	/** Creates the bucket on first start; a store that cannot be reached now is logged, not fatal. */
	private void ensureBucket() {
		try {
			this.s3.headBucket(head -> head.bucket(this.bucket));
		}
		catch (NoSuchBucketException ex) {
			this.s3.createBucket(create -> create.bucket(this.bucket));
			log.info("Created {}", describe());
		}
		catch (S3Exception ex) {
			if (ex.statusCode() != 404) {
				throw ex;
			}
			this.s3.createBucket(create -> create.bucket(this.bucket));
			log.info("Created {}", describe());
		}
		catch (SdkException ex) {
			log.warn("Cannot reach {} now ({}); uploads and downloads will say so until it answers", describe(),
					ex.getMessage());
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not remove temporary upload {}", file, ex);
		}
	}

}
