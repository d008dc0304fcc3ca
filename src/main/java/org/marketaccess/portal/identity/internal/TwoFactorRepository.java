package org.marketaccess.portal.identity.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TwoFactorRepository extends JpaRepository<TwoFactor, UUID> {}
