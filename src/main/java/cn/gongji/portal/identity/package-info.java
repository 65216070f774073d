/**
 * Who people are: the resident ID number (D1) and its masking (D2), persons and their enrolment (scheme, status,
 * pooling region, wallet), and the region policies of D4, D8 and D18.
 */
package cn.gongji.portal.identity;
