# MLP Workbook figure: network diagram — Chapter 1 · §1.5's network 2-3-2, torch.manual\_seed(42)
# $nodes: x y radius fill label; $edges: x y dx dy colour |w|-bin (1 thin … 4 thick) sign
set terminal pngcairo size 1280,800 enhanced font "DejaVu Sans,16" linewidth 1.5
set output 'chapter1-network.png'
set encoding utf8
$nodes << EOD
# x y radius fill label
0.00 0.60 0.48 15263976 "x_{0}"
0.00 -0.60 0.48 15263976 "x_{1}"
4.41 1.20 0.48 16773836 "h@^{(1)}_{0}"
4.41 0.00 0.48 16773836 "h@^{(1)}_{1}"
4.41 -1.20 0.48 16773836 "h@^{(1)}_{2}"
8.83 0.60 0.48 14479099 "z_{0}"
8.83 -0.60 0.48 14479099 "z_{1}"
EOD
$edges << EOD
# x y dx dy colour bin sign
0.476 0.665 3.463 0.471 13983232 4 1
0.476 0.535 3.463 -0.471 29362 2 -1
0.444 0.419 3.525 -1.438 29362 1 -1
0.444 -0.419 3.525 1.438 13983232 4 1
0.476 -0.535 3.463 0.471 13983232 4 1
0.476 -0.665 3.463 -0.471 13983232 1 1
4.890 1.135 3.463 -0.471 29362 4 -1
4.859 1.019 3.525 -1.438 13983232 4 1
4.890 0.065 3.463 0.471 13983232 4 1
4.890 -0.065 3.463 -0.471 13983232 1 1
4.859 -1.019 3.525 1.438 13983232 1 1
4.890 -1.135 3.463 0.471 13983232 3 1
EOD
set title "Chapter 1 · §1.5's network 2-3-2, torch.manual\\_seed(42)" font ",17"
set size ratio -1
unset border
unset tics
unset key
unset grid
set xrange [-1.6:10.428235]
set yrange [-3.5:3.6]
array LW[4] = [0.5, 1.3, 2.3, 3.5]
set label "input\n2 features" at 0, -2.55 center
set label "hidden 1\n3 × ReLU" at 4.414118, -2.55 center
set label "{/:Bold W}^{(1)} 3×2" at 2.207059, 1.95 center textcolor rgb "#555555"
set label "output\n2 × logit" at 8.828235, -2.55 center
set label "{/:Bold W}^{(2)} 2×3" at 6.621176, 1.95 center textcolor rgb "#555555"
set label "w > 0: solid" at 10.228235, 3.25 right textcolor rgb "#D55E00"
set label "w < 0: dotted" at 10.228235, 2.65 right textcolor rgb "#0072B2"
plot $edges using ($6 == 1 && $7 == 1 ? $1 : NaN):2:3:4:5 with vectors nohead lw LW[1] dt 1 lc rgb variable, \
     $edges using ($6 == 1 && $7 == -1 ? $1 : NaN):2:3:4:5 with vectors nohead lw LW[1] dt (2,2) lc rgb variable, \
     $edges using ($6 == 2 && $7 == -1 ? $1 : NaN):2:3:4:5 with vectors nohead lw LW[2] dt (2,2) lc rgb variable, \
     $edges using ($6 == 3 && $7 == 1 ? $1 : NaN):2:3:4:5 with vectors nohead lw LW[3] dt 1 lc rgb variable, \
     $edges using ($6 == 4 && $7 == 1 ? $1 : NaN):2:3:4:5 with vectors nohead lw LW[4] dt 1 lc rgb variable, \
     $edges using ($6 == 4 && $7 == -1 ? $1 : NaN):2:3:4:5 with vectors nohead lw LW[4] dt (2,2) lc rgb variable, \
     $nodes using 1:2:3:4 with circles fc rgb variable fs solid 1.0 border lc rgb "#333333" lw 1.2, \
     $nodes using 1:2:5 with labels font ",16"
