/**
 * Who people are: the resident ID number (D1) and its masking (D2), persons and their enrolment (scheme, status,
 * pooling region, wallet), and the region policies of D4, D8 and D18. Other features come in through {@link
 * cn.gongji.portal.identity.People} (reading), {@link cn.gongji.portal.identity.Enrolments} (new persons) and {@link
 * cn.gongji.portal.identity.SignInLocks} (sign-in counters); the repository is this package's own (issue 13).
 */
package cn.gongji.portal.identity;
