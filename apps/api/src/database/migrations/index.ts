import { Initial1795458346038 } from './1795458346038-Initial.js';
import { SessionStore1795458346039 } from './1795458346039-SessionStore.js';
import { AuditTrail1795458346040 } from './1795458346040-AuditTrail.js';
import { ProgramUnitsAndMembers1795458983363 } from './1795458983363-ProgramUnitsAndMembers.js';
import { Pilots1795468014933 } from './1795468014933-Pilots.js';
import { RenameGateReviewToDecision1796447916573 } from './1796447916573-RenameGateReviewToDecision.js';
import { AuditEveryBusinessTable1796448400000 } from './1796448400000-AuditEveryBusinessTable.js';
import { PasswordChangedAt1796448685017 } from './1796448685017-PasswordChangedAt.js';
import { ImportLease1796451000000 } from './1796451000000-ImportLease.js';
import { DeriveUnitStage1796459394199 } from './1796459394199-DeriveUnitStage.js';
import { AuditTimeFromSetting1796459892407 } from './1796459892407-AuditTimeFromSetting.js';
import { AssessmentGrid1796480047830 } from './1796480047830-AssessmentGrid.js';
import { GuardrailTargetOptional1796480067305 } from './1796480067305-GuardrailTargetOptional.js';
import { AlignOperatingModel1796480082453 } from './1796480082453-AlignOperatingModel.js';
import { AssessmentInventory1796480182013 } from './1796480182013-AssessmentInventory.js';
import { CatalogActivityTags1796513978156 } from './1796513978156-CatalogActivityTags.js';
import { DesignPlacements1796600000000 } from './1796600000000-DesignPlacements.js';
import { RaciMatrix1796600100000 } from './1796600100000-RaciMatrix.js';
import { DesignHeadcountAndVersions1796600200000 } from './1796600200000-DesignHeadcountAndVersions.js';
import { ProgramHistoryIndex1796600300000 } from './1796600300000-ProgramHistoryIndex.js';
import { RolloutWaves1796600400000 } from './1796600400000-RolloutWaves.js';
import { Governance1796600500000 } from './1796600500000-Governance.js';
import { SharedSignInLimits1796600600000 } from './1796600600000-SharedSignInLimits.js';
import { Notifications1796600700000 } from './1796600700000-Notifications.js';
import { NotificationEmail1796600800000 } from './1796600800000-NotificationEmail.js';
import { Backlog1796600900000 } from './1796600900000-Backlog.js';

/** Every migration in order, listed explicitly: a glob would try to load .ts files from dist. */
export const MIGRATIONS = [Initial1795458346038, SessionStore1795458346039, AuditTrail1795458346040, ProgramUnitsAndMembers1795458983363, Pilots1795468014933, RenameGateReviewToDecision1796447916573, AuditEveryBusinessTable1796448400000, PasswordChangedAt1796448685017, ImportLease1796451000000, DeriveUnitStage1796459394199, AuditTimeFromSetting1796459892407, AssessmentGrid1796480047830, GuardrailTargetOptional1796480067305, AlignOperatingModel1796480082453, AssessmentInventory1796480182013, CatalogActivityTags1796513978156, DesignPlacements1796600000000, RaciMatrix1796600100000, DesignHeadcountAndVersions1796600200000, ProgramHistoryIndex1796600300000, RolloutWaves1796600400000, Governance1796600500000, SharedSignInLimits1796600600000, Notifications1796600700000, NotificationEmail1796600800000, Backlog1796600900000];
