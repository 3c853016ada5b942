package structgen

import (
	"go/token"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestExportedName(t *testing.T) {
	tests := map[string]string{
		"apiVersion":        "APIVersion",
		"user_id":           "UserID",
		"imagePullPolicy":   "ImagePullPolicy",
		"HTTPServerURL":     "HTTPServerURL",
		"XMLHttpRequest":    "XMLHTTPRequest",
		"id":                "ID",
		"uuid":              "UUID",
		"json_schema":       "JSONSchema",
		"x-request-id":      "XRequestID",
		"$ref":              "Ref",
		"@type":             "Type",
		"2fa":               "X2fa",
		"-":                 "Field",
		"":                  "Field",
		"名前":                "X名前",
		"élan":              "Élan",
		"max_body_bytes":    "MaxBodyBytes",
		"containerPort":     "ContainerPort",
		"v1beta1":           "V1beta1",
		"ipv4Address":       "Ipv4Address",
		"ALLCAPS":           "ALLCAPS",
		"with space":        "WithSpace",
		"k8s.io/name":       "K8sIoName",
		"terminationGraceS": "TerminationGraceSeconds",
		"ttl_s":             "TTLSeconds",
		"timeoutMs":         "TimeoutMilliseconds",
		"db_dsn":            "DBDSN",
		"rps":               "RPS",
		"s":                 "S",
		"items":             "Items",
		"subTopicIds":       "SubTopicIDs",
		"urls":              "URLs",
		"is":                "Is",
		"os":                "OS",
	}
	for key, want := range tests {
		got := exportedName(key)
		require.Equal(t, want, got, key)
		require.True(t, token.IsIdentifier(got) && token.IsExported(got), got)
	}
}

func TestSingular(t *testing.T) {
	tests := map[string]string{
		"Containers": "Container",
		"Policies":   "Policy",
		"Addresses":  "Address",
		"Boxes":      "Box",
		"Matches":    "Match",
		"Status":     "Status",
		"Analysis":   "Analysis",
		"Class":      "Class",
		"Data":       "Data",
		"UserIDs":    "UserID",
		"URLs":       "URL",
		"Ports":      "Port",
		"Os":         "Os",
		"Ties":       "Tie",
		"Statuses":   "Status",
		"Bonuses":    "Bonus",
		"Causes":     "Cause",
		"Houses":     "House",
	}
	for plural, want := range tests {
		require.Equal(t, want, singular(plural), plural)
	}
	require.Equal(t, "Container", elementName("Containers"))
	require.Equal(t, "DataItem", elementName("Data"))
}

func TestNamerUnique(t *testing.T) {
	n := newNamer("Root")
	require.Equal(t, "Spec", n.unique("Spec", "TemplateSpec"))
	require.Equal(t, "TemplateSpec", n.unique("Spec", "TemplateSpec"))
	require.Equal(t, "TemplateSpec2", n.unique("Spec", "TemplateSpec"))
	require.Equal(t, "Root2", n.unique("Root"))
	n.release("TemplateSpec")
	require.Equal(t, "TemplateSpec", n.unique("Spec", "TemplateSpec"))
}
