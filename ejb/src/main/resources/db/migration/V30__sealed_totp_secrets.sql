-- Global Hub schema, version 30: TOTP seeds are sealed (AES-256-GCM, key in the server's credential store, see
-- platform.SecretCipher); a sealed value is longer than the Base32 seed. Existing seeds are sealed at start-up by
-- identity.control.SecretsAtRest, which also re-seals after a key rotation.
ALTER TABLE account ALTER COLUMN totp_secret SET DATA TYPE VARCHAR(200);
ALTER TABLE account ALTER COLUMN pending_totp_secret SET DATA TYPE VARCHAR(200);
